using ChatAssistant.Bot.Conversation;
using ChatAssistant.Cards;
using ChatAssistant.Cards.Checklists;
using ChatAssistant.Knowledge.Model;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ChatAssistant.Bot.Checklists;

/// <summary>
/// The checklist card's buttons. As Universal Actions (adaptiveCard/action invoke) the new card is the invoke
/// response and replaces the card in place; as plain submits (clients without Action.Execute) the bot updates the
/// message itself. Export also posts the plain-text summary in the chat.
/// </summary>
public sealed class ChecklistCardHandler(ChecklistService checklists, ILogger<ChecklistCardHandler> logger)
{
    public async Task<AdaptiveCardInvokeResponse> HandleInvokeAsync(ITurnContext turn, CardSubmit submit, Language language, CancellationToken cancellationToken)
    {
        var (card, export) = await RunAsync(turn, submit, language, cancellationToken);
        if (export is not null) await turn.SendActivityAsync(PlainText(export), cancellationToken);
        return new AdaptiveCardInvokeResponse { StatusCode = 200, Type = Replies.AdaptiveCardContentType, Value = JObject.Parse(card.ToJsonString()) };
    }

    public async Task HandleSubmitAsync(ITurnContext turn, CardSubmit submit, Language language, CancellationToken cancellationToken)
    {
        var (card, export) = await RunAsync(turn, submit, language, cancellationToken);
        await Replies.ReplaceOrSendAsync(turn, card, logger, cancellationToken);
        if (export is not null) await turn.SendActivityAsync(PlainText(export), cancellationToken);
    }

    private async Task<(System.Text.Json.Nodes.JsonObject Card, string? Export)> RunAsync(ITurnContext turn, CardSubmit submit, Language language, CancellationToken cancellationToken)
    {
        var command = ChecklistCommands.ToCommand(submit);
        var userId = Identity.TurnIdentity.OwnerId(turn);
        var outcome = command is null
            ? new ChecklistOutcome(null, ChecklistNotices.Unknown.In(language))
            : await checklists.HandleAsync(userId, command, language, cancellationToken);
        if (outcome.View is null)
        {
            logger.LogWarning("Rejected checklist action {Action}", Telemetry.LogValues.Action(submit.Action));
            return (MessageCardBuilder.Build(Cards.Checklists.ChecklistText.Title.In(language), outcome.Error!), null);
        }
        logger.LogInformation("Checklist action {Action} for role {Role}", submit.Action, command!.Role);
        return (ChecklistCardBuilder.Build(outcome.View with { RefreshUserId = turn.Activity.From?.Id }), outcome.ExportText); // Teams refreshes by the Teams user id
    }

    /// <summary>The export quotes the work name as typed: sent as plain text, Teams renders none of it as markdown.</summary>
    private static Microsoft.Bot.Schema.Activity PlainText(string text) =>
        new() { Type = Microsoft.Bot.Schema.ActivityTypes.Message, Text = text, TextFormat = Microsoft.Bot.Schema.TextFormatTypes.Plain };
}
