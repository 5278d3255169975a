using System.Collections.Frozen;
using ChatAssistant.Cards;
using ChatAssistant.Cards.Checklists;
using ChatAssistant.Cards.Escalation;

namespace ChatAssistant.Bot.Telemetry;

/// <summary>
/// Values a sender chose (a card's action and field names, a form's origin, a unit id, an activity's type and
/// channel) pass through these allow-lists before they reach a log or a metric tag: the known ones as they are,
/// anything else as "unknown". A forged card cannot then write 8,000 characters into every log line, nor make a
/// metric tag with unbounded values.
/// </summary>
public static class LogValues
{
    public const string Unknown = "unknown";

    private static readonly FrozenSet<string> Actions = new[]
    {
        CardActions.Ask, CardActions.FollowUp, CardActions.Feedback, CardActions.Help, CardActions.EscalateStart, CardActions.ChecklistStart,
        ChecklistActions.Save, ChecklistActions.Reset, ChecklistActions.Export, ChecklistActions.Refresh, ChecklistActions.Open, ChecklistActions.Mine,
        EscalationActions.Submit, EscalationActions.Claim, EscalationActions.Answer, EscalationActions.Close, EscalationActions.Reopen, EscalationActions.Mine,
        PendingDeliveriesCardBuilder.RetryAction,
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Fields = new[]
    {
        "q", "unit", "label", "helpful", "question", "card", "role", "name", "owner", "ver", "rev", "sid", "origin", "id", "lang", EscalationActions.Inputs.Answer,
    }.Concat(EscalationActions.Inputs.Form).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Where an escalation form was opened from: the bot's own names.</summary>
    private static readonly FrozenSet<string> Origins = new[] { "answer", "command", "form" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Channels = new[]
    {
        "msteams", "webchat", "directline", "emulator", "test", "slack", "skype", "email", "sms", "telegram", "facebook", "line", "kik", "groupme", "cortana",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> ActivityTypes = new[]
    {
        "message", "invoke", "conversationUpdate", "installationUpdate", "event", "messageReaction", "messageUpdate", "messageDelete", "typing",
        "endOfConversation", "contactRelationUpdate", "deleteUserData", "suggestion", "trace", "handoff", "command", "commandResult",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static string Action(string? action) => action is not null && Actions.Contains(action) ? action : Unknown;

    /// <summary>The form's origin, which is also stored on the ticket and tags the escalation metric; none given is "form".</summary>
    public static string Origin(string? origin) => string.IsNullOrEmpty(origin) ? "form" : Origins.Contains(origin) ? origin : Unknown;

    public static string Channel(string? channel) => channel is not null && Channels.Contains(channel) ? channel : Unknown;

    public static string ActivityType(string? type) => type is not null && ActivityTypes.Contains(type) ? type : Unknown;

    /// <summary>Field names, known ones as they are; checklist ticks as "item.*"; each unknown one counted once as "unknown".</summary>
    public static string FieldNames(IEnumerable<string> names) => string.Join(",", names
        .Take(64)
        .Select(n => Fields.Contains(n) ? n : n.StartsWith(ChecklistActions.ItemPrefix, StringComparison.Ordinal) ? ChecklistActions.ItemPrefix + "*" : Unknown)
        .Distinct());

    /// <summary>A unit id has the content's shape (<c>PU2-6:role:service-owner</c>); anything else is "unknown".</summary>
    public static string Unit(string? unit) =>
        unit is { Length: > 0 and <= 80 } && unit.All(c => char.IsAsciiLetterOrDigit(c) || c is ':' or '-' or '_' or '.') ? unit : Unknown;
}
