using ChatAssistant.Bot.Feedback;
using ChatAssistant.Bot.Telemetry;
using ChatAssistant.Bot.Turn;
using ChatAssistant.Cards;
using ChatAssistant.Knowledge.Answers;
using ChatAssistant.Knowledge.Model;
using ChatAssistant.Knowledge.Understanding;
using Microsoft.Bot.Builder;

namespace ChatAssistant.Bot.QnA;

/// <summary>
/// Questions and their answers: a typed question, and the answer card's "ask this" and follow-up buttons. The context
/// of the last answer (its role, task, phase and kind of question) is kept in conversation state, so a follow-up such
/// as "and for resources?" is understood; small talk and feature requests leave it as it was, and an unanswered
/// question clears it.
/// </summary>
public sealed class QnaChat(AnswerEngine engine, LastQuestion lastQuestion, AnswersGiven answersGiven, UnansweredReport unanswered, IEnumerable<IAnswerListener> listeners, AssistantMetrics metrics, ILogger<QnaChat> logger)
{
    public async Task<Answer> AskAsync(ITurnContext turn, string question, CancellationToken cancellationToken)
    {
        var previous = await lastQuestion.GetContextAsync(turn, cancellationToken);
        var answer = engine.Ask(question, turn.Activity.Locale, previous);
        if (answer.Status is AnswerStatus.Answered or AnswerStatus.Consult or AnswerStatus.Unknown)
        {
            await lastQuestion.SetAsync(turn, question, answer.Context, cancellationToken);
        }
        if (answer.Status == AnswerStatus.Unknown) await unanswered.DeclinedAsync(answer, cancellationToken);
        return answer;
    }

    public async Task ReplyAsync(ITurnContext turn, Answer answer, CancellationToken cancellationToken)
    {
        metrics.Answered(answer);
        logger.LogInformation("Answered with {Status} {UnitId} at confidence {Confidence} in {Language} as {Kind}",
            answer.Status, answer.UnitId, answer.Confidence, answer.Language, answer.Kind);
        if (answer.Status is not (AnswerStatus.Conversation or AnswerStatus.Request))
        {
            // An answer card carries feedback buttons: the vote is taken only for an answer recorded here.
            await answersGiven.RecordAsync(turn, answer.Question, answer.UnitId, cancellationToken);
            foreach (var listener in listeners) await listener.AnswerGivenAsync(answer, cancellationToken);
        }
        var reply = answer.Status switch
        {
            // "What can you do?" gets the help card, which lists what to try; a request that reaches here (typed
            // while a checklist picker waits, or asked by a button) gets it too, as it names the commands.
            AnswerStatus.Conversation when answer.Intent?.Kind == IntentKind.Capabilities => Replies.Card(HelpCardBuilder.Build(answer.Language)),
            AnswerStatus.Request => Replies.Card(HelpCardBuilder.Build(answer.Language)),
            AnswerStatus.Conversation => Replies.Card(MessageCardBuilder.Build(answer.Title, answer.Direct), answer.Direct),
            _ => AnswerCards.Reply(answer),
        };
        await turn.SendActivityAsync(reply, cancellationToken);
    }

    /// <summary>
    /// The answer card's buttons: "qa.ask" asks its question, "qa.followup" answers its unit directly. Returns false
    /// when the payload lacks what its action needs.
    /// </summary>
    public async Task<bool> HandleSubmitAsync(ITurnContext turn, CardSubmit submit, Language language, CancellationToken cancellationToken)
    {
        Answer answer;
        switch (submit.Action)
        {
            case CardActions.Ask when submit.TryField(CardFields.Ask, out var question):
                answer = await AskAsync(turn, question, cancellationToken);
                break;
            case CardActions.FollowUp when submit.TryField(CardFields.Unit, out var unit):
                // A unit that no longer exists (the content changed since the card was drawn) is asked as nothing.
                answer = engine.AnswerUnit(unit, language, submit.Field(CardFields.Label) ?? unit)
                    ?? await AskAsync(turn, "", cancellationToken);
                break;
            default:
                return false;
        }
        await ReplyAsync(turn, answer, cancellationToken);
        return true;
    }

    /// <summary>The last question asked here, for the escalation form to start from.</summary>
    public Task<string> LastQuestionAsync(ITurnContext turn, CancellationToken cancellationToken) => lastQuestion.GetAsync(turn, cancellationToken);
}
