using ChatAssistant.Bot.Checklists;
using ChatAssistant.Bot.Dialogs;
using ChatAssistant.Bot.Escalation;
using ChatAssistant.Bot.Feedback;
using ChatAssistant.Bot.Unanswered;
using ChatAssistant.Bot.QnA;
using ChatAssistant.Cards;
using ChatAssistant.Cards.Checklists;
using ChatAssistant.Knowledge.Model;
using Microsoft.Bot.Builder;

namespace ChatAssistant.Bot.Conversation;

/// <summary>Acts on validated card-button payloads. Each action names what it needs; a payload missing it is rejected.</summary>
public sealed class CardSubmitRouter(
    DialogStack dialogs,
    IFeedbackStore feedback,
    UnansweredReport unanswered,
    ChecklistService checklists,
    ChecklistCardHandler checklistCards,
    EscalationChat escalation,
    ILogger<CardSubmitRouter> logger)
{
    public async Task HandleAsync(ITurnContext turn, CardSubmit submit, Language language, CancellationToken cancellationToken)
    {
        switch (submit.Action)
        {
            case CardActions.Ask when submit.Field("q") is { Length: > 0 } question:
                await dialogs.BeginAsync(turn, language, QnaFlow.FlowName, new Dictionary<string, string> { ["q"] = question }, cancellationToken);
                return;

            case CardActions.FollowUp when submit.Field("unit") is { Length: > 0 } unit:
                await dialogs.BeginAsync(turn, language, QnaFlow.FlowName,
                    new Dictionary<string, string> { ["unit"] = unit, ["label"] = submit.Field("label") ?? unit }, cancellationToken);
                return;

            case CardActions.Feedback when bool.TryParse(submit.Field("helpful"), out var helpful):
                await feedback.AddAsync(new FeedbackEntry(
                    turn.Activity.Conversation?.Id ?? "",
                    Identity.TurnIdentity.OwnerId(turn),
                    submit.Field("question") ?? "",
                    submit.Field("unit") is { Length: > 0 } u ? u : null,
                    helpful,
                    language == Language.Lv ? "lv" : "en"), cancellationToken);
                logger.LogInformation("Stored {Helpful} feedback for unit {UnitId}", helpful ? "helpful" : "not helpful", Telemetry.LogValues.Unit(submit.Field("unit")));
                if (!helpful) await unanswered.NotHelpfulAsync(submit.Field("question") ?? "", submit.Field("unit") is { Length: > 0 } voted ? voted : null, language, cancellationToken);
                await turn.SendActivityAsync(BotText.FeedbackThanks.In(language), cancellationToken: cancellationToken);
                return;

            case CardActions.ChecklistStart:
                var args = new Dictionary<string, string> { ["name"] = submit.Field(RolePickerCardBuilder.NameInput) ?? "" };
                if (submit.Field("role") is { Length: > 0 } role) args["role"] = role;
                await dialogs.CancelAllAsync(turn, cancellationToken);
                await dialogs.BeginAsync(turn, language, ChecklistFlow.FlowName, args, cancellationToken);
                return;

            case ChecklistActions.Open when submit.Field("card") is { Length: > 0 } card && submit.Field("role") is { Length: > 0 } openRole:
                var opened = await checklists.OpenAsync(Identity.TurnIdentity.OwnerId(turn), card, openRole, submit.Field("name") ?? "", language, cancellationToken);
                await turn.SendActivityAsync(opened.View is null ? MessageFactory.Text(opened.Error) : Replies.Card(ChecklistCardBuilder.Build(opened.View with { RefreshUserId = turn.Activity.From?.Id })), cancellationToken);
                return;

            case ChecklistActions.Mine:
                await turn.SendActivityAsync(Replies.Card(MyChecklistsCardBuilder.Build(await checklists.ListAsync(Identity.TurnIdentity.OwnerId(turn), cancellationToken), language)), cancellationToken);
                return;

            case var action when ChecklistCommands.IsCardCommand(action):
                await checklistCards.HandleSubmitAsync(turn, submit, language, cancellationToken);
                return;

            case CardActions.EscalateStart:
                await escalation.ShowFormAsync(turn, submit.Field("question") ?? "", "answer", language, cancellationToken);
                return;

            case var action when EscalationChat.Handles(action):
                await escalation.HandleSubmitAsync(turn, submit, language, cancellationToken);
                return;

            case CardActions.Help:
                await turn.SendActivityAsync(Replies.Card(HelpCardBuilder.Build(language)), cancellationToken);
                return;

            default:
                logger.LogWarning("Rejected card action {Action} with fields {Fields}", Telemetry.LogValues.Action(submit.Action), Telemetry.LogValues.FieldNames(submit.Fields.Keys));
                await turn.SendActivityAsync(BotText.UnknownButton.In(language), cancellationToken: cancellationToken);
                return;
        }
    }
}
