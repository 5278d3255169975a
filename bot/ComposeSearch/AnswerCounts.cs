using ChatAssistant.Bot.Turn;
using ChatAssistant.Knowledge.Answers;

namespace ChatAssistant.Bot.ComposeSearch;

/// <summary>
/// Counts the answers people got in the chat (QnA tells it as an <see cref="IAnswerListener"/>), for the compose box's
/// "most asked" list. Only answers from the cards count (not small talk, not "I don't know"), by unit. A failure to
/// count is logged and never costs the person their answer.
/// </summary>
public sealed class AnswerCounts(IAnswerCountStore store, TimeProvider time, ILogger<AnswerCounts> logger) : IAnswerListener
{
    public async Task AnswerGivenAsync(Answer answer, CancellationToken cancellationToken)
    {
        if (answer is not { Status: AnswerStatus.Answered or AnswerStatus.Consult, UnitId: { Length: > 0 } unit }) return;
        try
        {
            await store.CountAsync(unit, time.GetUtcNow(), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Could not count an answer for the most-asked list");
        }
    }

    /// <summary>The units answered most often, most first; empty when the store cannot be read.</summary>
    public async Task<IReadOnlyList<string>> MostGivenAsync(int count, CancellationToken cancellationToken)
    {
        try
        {
            return await store.MostGivenAsync(count, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Could not read the most-asked counts; showing the example questions");
            return [];
        }
    }
}
