using ChatAssistant.Bot.Dialogs;
using ChatAssistant.Bot.Turn;
using ChatAssistant.Cards.Checklists;
using ChatAssistant.Knowledge.Search;

namespace ChatAssistant.Bot.Checklists;

/// <summary>
/// Starts a checklist. With a role (from a button, or named in the text) it shows the checklist at once; without one
/// it shows the four roles and waits for a button or a typed role name. Anything else typed meanwhile is declined,
/// and the bot answers it as a question.
/// </summary>
public sealed class ChecklistFlow(ChecklistService checklists, KnowledgeIndex index, TimeProvider time, ILogger<ChecklistFlow> logger) : IFlow
{
    public const string FlowName = "checklist";

    /// <summary>The start arguments: a role (id), or a text that may name one, and the name of the work.</summary>
    public const string RoleArg = "role", TextArg = "text", NameArg = "name";

    public string Name => FlowName;

    public async Task BeginAsync(FlowContext context, IReadOnlyDictionary<string, string> args, CancellationToken cancellationToken)
    {
        var role = args.GetValueOrDefault(RoleArg) ?? RoleIn(args.GetValueOrDefault(TextArg));
        context.Frame.Values["name"] = args.GetValueOrDefault(NameArg) ?? "";
        if (role is not null)
        {
            await ShowAsync(context, role, cancellationToken);
            return;
        }
        context.Frame.Values["asked"] = time.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        var picker = RolePickerCardBuilder.Build(checklists.Roles(checklists.DefaultCard), context.Language, context.Frame.Values["name"]);
        await context.Turn.SendActivityAsync(Replies.Card(picker), cancellationToken);
    }

    /// <summary>After this, or for a longer message, a role name in the text is a question, not the answer to the picker.</summary>
    private static readonly TimeSpan PickerLifetime = TimeSpan.FromMinutes(10);
    private const int MaxWordsInARolePick = 6;

    public async Task ContinueAsync(FlowContext context, CancellationToken cancellationToken)
    {
        var text = context.Turn.Activity.Text ?? "";
        var fresh = DateTimeOffset.TryParse(context.Frame.Values.GetValueOrDefault("asked"), System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.RoundtripKind, out var asked) && time.GetUtcNow() - asked < PickerLifetime;
        var isShort = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length <= MaxWordsInARolePick;
        if (fresh && isShort && RoleIn(text) is { } role)
        {
            await ShowAsync(context, role, cancellationToken);
            return;
        }
        context.Decline(); // a question: the bot answers it as any other
    }

    private async Task ShowAsync(FlowContext context, string role, CancellationToken cancellationToken)
    {
        var name = context.Frame.Values.GetValueOrDefault("name") ?? "";
        context.End();
        var userId = TurnIdentity.OwnerId(context.Turn);
        var outcome = await checklists.OpenAsync(userId, checklists.DefaultCard, role, name, context.Language, cancellationToken);
        if (outcome.View is null)
        {
            await context.Turn.SendActivityAsync(outcome.Error, cancellationToken: cancellationToken);
            return;
        }
        logger.LogInformation("Opened the {Role} checklist", role);
        await context.Turn.SendActivityAsync(Replies.Card(ChecklistCardBuilder.Build(outcome.View with { RefreshUserId = context.Turn.Activity.From?.Id })), cancellationToken);
    }

    /// <summary>Only an unambiguous role counts; "service manager or resource manager" asks again.</summary>
    private string? RoleIn(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var roles = index.Current.Understanding.Analyse(text).Roles;
        return roles.Count == 1 ? roles[0] : null;
    }
}
