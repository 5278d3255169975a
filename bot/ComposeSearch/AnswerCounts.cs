using System.Collections.Concurrent;
using ChatAssistant.Bot.Turn;
using ChatAssistant.Knowledge.Answers;

namespace ChatAssistant.Bot.ComposeSearch;

/// <summary>
/// Counts the answers people got in the chat (QnA tells it as an <see cref="IAnswerListener"/>), for the compose box's
/// "most asked" list. Only answers from the cards count (not small talk, not "I don't know"), by unit. A turn only adds
/// to a count in memory; <see cref="FlushAsync"/> writes the counts to the store in one go (every
/// <see cref="ComposeSearchOptions.CountFlushInterval"/>, before "most asked" is read, and when the bot stops), so no
/// chat turn waits for a store write. A crash loses the counts of that last interval, which a popularity list can
/// afford. A failure to count is logged and never costs the person their answer.
/// </summary>
public sealed class AnswerCounts(IAnswerCountStore store, TimeProvider time, ILogger<AnswerCounts> logger) : IAnswerListener
{
    private readonly ConcurrentDictionary<string, Pending> pending = new(StringComparer.Ordinal);

    private sealed record Pending(int Times, DateTimeOffset Last);

    public Task AnswerGivenAsync(Answer answer, CancellationToken cancellationToken)
    {
        if (answer is { Status: AnswerStatus.Answered or AnswerStatus.Consult, UnitId: { Length: > 0 } unit })
        {
            var now = time.GetUtcNow();
            pending.AddOrUpdate(unit, _ => new Pending(1, now), (_, p) => new Pending(p.Times + 1, now > p.Last ? now : p.Last));
        }
        return Task.CompletedTask;
    }

    /// <summary>Writes the counts gathered since the last flush; what cannot be written waits for the next one.</summary>
    public async Task<int> FlushAsync(CancellationToken cancellationToken)
    {
        var written = 0;
        foreach (var unit in pending.Keys)
        {
            if (!pending.TryRemove(unit, out var counted)) continue;
            try
            {
                await store.CountAsync(unit, counted.Times, counted.Last, cancellationToken);
                written++;
            }
            catch (Exception e)
            {
                pending.AddOrUpdate(unit, counted, (_, p) => new Pending(p.Times + counted.Times, p.Last > counted.Last ? p.Last : counted.Last));
                if (e is OperationCanceledException) throw;
                logger.LogWarning(e, "Could not write the answer counts for the most-asked list; they wait for the next flush");
                break;
            }
        }
        return written;
    }

    /// <summary>The units answered most often, most first; empty when the store cannot be read.</summary>
    public async Task<IReadOnlyList<string>> MostGivenAsync(int count, CancellationToken cancellationToken)
    {
        try
        {
            await FlushAsync(cancellationToken);
            return await store.MostGivenAsync(count, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Could not read the most-asked counts; showing the example questions");
            return [];
        }
    }
}
