using System.Text.Json.Nodes;
using ChatAssistant.Knowledge.Model;

namespace ChatAssistant.Cards;

/// <summary>
/// The contract between card buttons and the bot: every submit carries <c>{ "action": name, "v": 1, ... }</c>.
/// The version lets the bot reject payloads from cards sent before a contract change instead of misreading them.
/// </summary>
public static class CardActions
{
    public const int Version = 1;

    public const string Ask = "qa.ask";
    public const string FollowUp = "qa.followup";
    public const string Feedback = "feedback";
    public const string Help = "help";
    public const string EscalateStart = "escalate.start";
    public const string ChecklistStart = "checklist.start";

    public static JsonObject AskData(string question) => Data(Ask, (CardFields.Ask, question));

    public static JsonObject FollowUpData(string unitId, string label) => Data(FollowUp, (CardFields.Unit, unitId), (CardFields.Label, label));

    /// <summary>
    /// Adds the language the card was written in, so the bot replies to a button in the card's language even when
    /// the person's Teams locale differs.
    /// </summary>
    public static JsonObject InLanguage(this JsonObject data, Language language)
    {
        data[CardFields.Language] = language.Code();
        return data;
    }

    /// <summary>The unit stays in the payload as null for unknown answers, so every feedback payload has the same shape.</summary>
    public static JsonObject FeedbackData(bool helpful, string question, string? unitId) =>
        Data(Feedback, (CardFields.Helpful, helpful), (CardFields.Question, question), (CardFields.Unit, unitId));

    public static JsonObject HelpData() => Data(Help);

    public static JsonObject EscalateStartData(string question) => Data(EscalateStart, (CardFields.Question, question));

    /// <summary>Without a role the bot asks which of the four roles the checklist is for.</summary>
    public static JsonObject ChecklistStartData(string? roleId = null) =>
        roleId is null ? Data(ChecklistStart) : Data(ChecklistStart, (CardFields.Role, roleId));

    /// <summary>A payload of <paramref name="action"/> at the current <see cref="Version"/>, with its fields.</summary>
    public static JsonObject Data(string action, params (string Name, JsonNode? Value)[] fields)
    {
        var data = new JsonObject { [CardFields.Action] = action, [CardFields.Version] = Version };
        foreach (var (name, value) in fields) data[name] = value;
        return data;
    }
}
