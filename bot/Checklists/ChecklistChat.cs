using System.Text.Json.Nodes;
using ChatAssistant.Bot.Dialogs;
using ChatAssistant.Bot.Telemetry;
using ChatAssistant.Bot.Turn;
using ChatAssistant.Cards;
using ChatAssistant.Cards.Checklists;
using ChatAssistant.Cards.Strings;
using ChatAssistant.Knowledge.Model;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ChatAssistant.Bot.Checklists;

/// <summary>
/// Checklists in the chat: the typed commands ("kontrolsaraksts ...", "mani kontrolsaraksti"), the buttons that start,
/// open and list checklists, and the checklist card's own buttons. As Universal Actions (adaptiveCard/action invoke)
/// the new card is the invoke response and replaces the card in place; as plain submits (clients without
/// Action.Execute) the bot updates the message itself. Export also posts the plain-text summary in the chat.
/// </summary>
public sealed class ChecklistChat(ChecklistService checklists, DialogStack dialogs, ILogger<ChecklistChat> logger)
{
    /// <summary>Typed commands; false when the text is not one of them.</summary>
    public async Task<bool> TryHandleCommandAsync(ITurnContext turn, string text, Language language, CancellationToken cancellationToken)
    {
        if (ChecklistCommands.IsMine(text))
        {
            await SendMineAsync(turn, language, cancellationToken);
            return true;
        }
        if (!ChecklistCommands.TryParseStart(text, out var roleText, out var workName)) return false;
        await StartAsync(turn, language, new Dictionary<string, string> { [ChecklistFlow.TextArg] = roleText, [ChecklistFlow.NameArg] = workName ?? "" }, cancellationToken);
        return true;
    }

    /// <summary>A checklist asked for in a sentence, with the role it named if any.</summary>
    public Task OpenAsync(ITurnContext turn, string? role, Language language, CancellationToken cancellationToken) =>
        StartAsync(turn, language, role is null ? new Dictionary<string, string>() : new Dictionary<string, string> { [ChecklistFlow.RoleArg] = role }, cancellationToken);

    /// <summary>"My checklists" asked for in a sentence.</summary>
    public Task OpenMineAsync(ITurnContext turn, Language language, CancellationToken cancellationToken) => SendMineAsync(turn, language, cancellationToken);

    /// <summary>Card submits (Action.Submit) of the checklist actions. Returns false when the payload lacks what its action needs.</summary>
    public async Task<bool> HandleSubmitAsync(ITurnContext turn, CardSubmit submit, Language language, CancellationToken cancellationToken)
    {
        switch (submit.Action)
        {
            case CardActions.ChecklistStart:
                var args = new Dictionary<string, string> { [ChecklistFlow.NameArg] = submit.Field(RolePickerCardBuilder.NameInput) ?? "" };
                if (submit.TryField(CardFields.Role, out var role)) args[ChecklistFlow.RoleArg] = role;
                await StartAsync(turn, language, args, cancellationToken);
                return true;

            case ChecklistActions.Open when submit.TryField(CardFields.Card, out var card) && submit.TryField(CardFields.Role, out var openRole):
                var opened = await checklists.OpenAsync(UserId(turn), card, openRole, submit.Field(CardFields.Name) ?? "", language, cancellationToken);
                await turn.SendActivityAsync(opened.View is null ? MessageFactory.Text(opened.Error) : Replies.Card(ChecklistCardBuilder.Build(opened.View with { RefreshUserId = turn.Activity.From?.Id })), cancellationToken);
                return true;

            case ChecklistActions.Mine:
                await SendMineAsync(turn, language, cancellationToken);
                return true;

            case var action when ChecklistCommands.IsCardCommand(action):
                var (updated, export) = await RunAsync(turn, submit, language, cancellationToken);
                await Replies.ReplaceOrSendAsync(turn, updated, logger, cancellationToken);
                if (export is not null) await turn.SendActivityAsync(PlainText(export), cancellationToken);
                return true;

            default:
                return false;
        }
    }

    /// <summary>Universal Actions from the checklist card; null for an action that is not one of its buttons.</summary>
    public async Task<AdaptiveCardInvokeResponse?> HandleInvokeAsync(ITurnContext turn, CardSubmit submit, Language language, CancellationToken cancellationToken)
    {
        if (!ChecklistCommands.IsCardCommand(submit.Action)) return null;
        var (card, export) = await RunAsync(turn, submit, language, cancellationToken);
        if (export is not null) await turn.SendActivityAsync(PlainText(export), cancellationToken);
        return Replies.InvokeResponse(card);
    }

    /// <summary>A new checklist starts afresh: whatever flow was waiting is dropped.</summary>
    private async Task StartAsync(ITurnContext turn, Language language, Dictionary<string, string> args, CancellationToken cancellationToken)
    {
        await dialogs.CancelAllAsync(turn, cancellationToken);
        await dialogs.BeginAsync(turn, language, ChecklistFlow.FlowName, args, cancellationToken);
    }

    private async Task SendMineAsync(ITurnContext turn, Language language, CancellationToken cancellationToken) =>
        await turn.SendActivityAsync(Replies.Card(MyChecklistsCardBuilder.Build(await checklists.ListAsync(UserId(turn), cancellationToken), language)), cancellationToken);

    private async Task<(JsonObject Card, string? Export)> RunAsync(ITurnContext turn, CardSubmit submit, Language language, CancellationToken cancellationToken)
    {
        var command = ChecklistCommands.ToCommand(submit);
        var outcome = command is null
            ? new ChecklistOutcome(null, ChecklistText.Unknown.In(language))
            : await checklists.HandleAsync(UserId(turn), command, language, cancellationToken);
        if (outcome.View is null)
        {
            logger.LogWarning("Rejected checklist action {Action}", LogValues.Action(submit.Action));
            return (MessageCardBuilder.Build(ChecklistText.Title.In(language), outcome.Error!), null);
        }
        logger.LogInformation("Checklist action {Action} for role {Role}", submit.Action, command!.Role);
        return (ChecklistCardBuilder.Build(outcome.View with { RefreshUserId = turn.Activity.From?.Id }), outcome.ExportText); // Teams refreshes by the Teams user id
    }

    private static string UserId(ITurnContext turn) => TurnIdentity.OwnerId(turn);

    /// <summary>The export quotes the work name as typed: sent as plain text, Teams renders none of it as markdown.</summary>
    private static Activity PlainText(string text) => new() { Type = ActivityTypes.Message, Text = text, TextFormat = TextFormatTypes.Plain };
}
