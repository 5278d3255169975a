using ChatAssistant.Bot.Telemetry;
using ChatAssistant.Bot.Turn;
using ChatAssistant.Cards;
using ChatAssistant.Cards.Strings;
using ChatAssistant.Knowledge.Model;
using Microsoft.Bot.Builder;

namespace ChatAssistant.Bot.Feedback;

/// <summary>
/// The answer card's "helpful / not helpful" buttons: the vote is stored for the editors, and a "not helpful" also
/// puts the question on the unanswered-questions report. A vote counts only for an answer the bot sent the person
/// voting (<see cref="AnswersGiven"/>): the question and unit come from the card's payload, which anyone can forge.
/// </summary>
public sealed class FeedbackChat(IFeedbackStore store, AnswersGiven answersGiven, UnansweredReport unanswered, TimeProvider time, ILogger<FeedbackChat> logger)
{
    /// <summary>Returns false when the payload is not a vote (the router then says the button is no longer valid).</summary>
    public async Task<bool> HandleSubmitAsync(ITurnContext turn, CardSubmit submit, Language language, CancellationToken cancellationToken)
    {
        if (submit.Action != CardActions.Feedback || !bool.TryParse(submit.Field(CardFields.Helpful), out var helpful)) return false;
        var question = submit.Field(CardFields.Question) ?? "";
        var unit = submit.TryField(CardFields.Unit, out var u) ? u : null;
        if (!await answersGiven.WasGivenAsync(turn, question, unit, cancellationToken))
        {
            // Nothing of the payload is logged: it is the sender's text, and here it matches nothing the bot said.
            logger.LogWarning("Refused a feedback vote on an answer not given to its sender in this conversation");
            await turn.SendActivityAsync(FeedbackText.NotYourAnswer.In(language), cancellationToken: cancellationToken);
            return true;
        }
        await store.AddAsync(new FeedbackEntry(
            turn.Activity.Conversation?.Id ?? "",
            TurnIdentity.OwnerId(turn),
            question,
            unit,
            helpful,
            language.Code(),
            time.GetUtcNow()), cancellationToken);
        logger.LogInformation("Stored {Helpful} feedback for unit {UnitId}", helpful ? "helpful" : "not helpful", LogValues.Unit(unit));
        if (!helpful) await unanswered.NotHelpfulAsync(question, unit, language, cancellationToken);
        await turn.SendActivityAsync(FeedbackText.Thanks.In(language), cancellationToken: cancellationToken);
        return true;
    }
}
