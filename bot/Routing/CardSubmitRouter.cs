using ChatAssistant.Bot.Checklists;
using ChatAssistant.Bot.Escalation;
using ChatAssistant.Bot.Feedback;
using ChatAssistant.Bot.QnA;
using ChatAssistant.Bot.Telemetry;
using ChatAssistant.Bot.Turn;
using ChatAssistant.Cards;
using ChatAssistant.Cards.Strings;
using ChatAssistant.Knowledge.Model;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ChatAssistant.Bot.Routing;

/// <summary>
/// Hands a validated card-button payload to the feature its action's prefix names ("checklist.save" → checklists).
/// The feature checks the fields its action needs; a payload no feature takes is rejected here.
/// </summary>
public sealed class CardSubmitRouter(QnaChat qna, FeedbackChat feedback, ChecklistChat checklists, EscalationChat escalation, ILogger<CardSubmitRouter> logger)
{
    /// <summary>Action.Submit, which arrives as a message with a value.</summary>
    public async Task HandleAsync(ITurnContext turn, CardSubmit submit, Language language, CancellationToken cancellationToken)
    {
        var handled = submit.Feature switch
        {
            "qa" => await qna.HandleSubmitAsync(turn, submit, language, cancellationToken),
            CardActions.Feedback => await feedback.HandleSubmitAsync(turn, submit, language, cancellationToken),
            "checklist" => await checklists.HandleSubmitAsync(turn, submit, language, cancellationToken),
            "escalate" or "ticket" or "delivery" => await escalation.HandleSubmitAsync(turn, submit, language, cancellationToken),
            CardActions.Help when submit.Action == CardActions.Help => await HelpAsync(turn, language, cancellationToken),
            _ => false,
        };
        if (handled) return;
        logger.LogWarning("Rejected card action {Action} with fields {Fields}", LogValues.Action(submit.Action), LogValues.FieldNames(submit.Fields.Keys));
        await turn.SendActivityAsync(TurnText.UnknownButton.In(language), cancellationToken: cancellationToken);
    }

    /// <summary>Action.Execute (an adaptiveCard/action invoke): null when no feature has such a card button.</summary>
    public async Task<AdaptiveCardInvokeResponse?> InvokeAsync(ITurnContext turn, CardSubmit submit, Language language, CancellationToken cancellationToken) =>
        submit.Feature switch
        {
            "checklist" => await checklists.HandleInvokeAsync(turn, submit, language, cancellationToken),
            "ticket" => await escalation.HandleInvokeAsync(turn, submit, language, cancellationToken),
            _ => null,
        };

    private static async Task<bool> HelpAsync(ITurnContext turn, Language language, CancellationToken cancellationToken)
    {
        await turn.SendActivityAsync(Replies.Card(HelpCardBuilder.Build(language)), cancellationToken);
        return true;
    }
}
