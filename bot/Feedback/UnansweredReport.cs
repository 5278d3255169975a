using ChatAssistant.Knowledge.Answers;
using ChatAssistant.Knowledge.Model;

namespace ChatAssistant.Bot.Feedback;

/// <summary>
/// Records what the editors should look at: every question the assistant declined, with the unit it would have
/// picked and that unit's score, and every answer marked "not helpful". A failure to record is logged and never
/// costs the person their answer.
/// </summary>
public sealed class UnansweredReport(IUnansweredStore store, TimeProvider time, ILogger<UnansweredReport> logger)
{
    public Task DeclinedAsync(Answer answer, CancellationToken cancellationToken)
    {
        var nearest = answer.Hits.Count > 0 ? answer.Hits[0] : null;
        return RecordAsync(new UnansweredQuestion(answer.Question, UnansweredReason.Declined, nearest?.UnitId, nearest is null ? null : Math.Round(nearest.Score, 3), answer.Language.Code()), cancellationToken);
    }

    public Task NotHelpfulAsync(string question, string? unit, Language language, CancellationToken cancellationToken) =>
        RecordAsync(new UnansweredQuestion(question, UnansweredReason.NotHelpful, unit, null, language.Code()), cancellationToken);

    private async Task RecordAsync(UnansweredQuestion question, CancellationToken cancellationToken)
    {
        if (question.Normalised.Length == 0) return; // nothing asked in words
        try
        {
            await store.RecordAsync(question, time.GetUtcNow(), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Could not record a {Reason} question for the unanswered-questions report", question.Reason);
        }
    }
}
