using ChatAssistant.Bot.ComposeSearch;
using ChatAssistant.Bot.State;
using ChatAssistant.Knowledge.Answers;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatAssistant.Bot.Tests.ComposeSearch;

/// <summary>
/// A chat turn only adds to a count in memory; the counts reach the store in one write per unit when flushed, and
/// "most asked" flushes first, so it never misses what was just given. A failed write keeps the counts for the next.
/// </summary>
public sealed class AnswerCountsTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 10, 0, 0, TimeSpan.Zero);
    private readonly string path = TestBot.TempDatabase();

    private static Answer Given(string unit) =>
        new("q", Knowledge.Model.Language.En, Knowledge.Understanding.QuestionKind.Responsible, AnswerStatus.Answered, 1, unit, "t", "d", [], "c", null, false, [], []);

    private sealed class FailingOnce(IAnswerCountStore inner) : IAnswerCountStore
    {
        public bool Failed { get; private set; }

        public Task CountAsync(string unitId, int times, DateTimeOffset at, CancellationToken cancellationToken)
        {
            if (Failed) return inner.CountAsync(unitId, times, at, cancellationToken);
            Failed = true;
            throw new IOException("disk full");
        }

        public Task<IReadOnlyList<string>> MostGivenAsync(int count, CancellationToken cancellationToken) => inner.MostGivenAsync(count, cancellationToken);
        public Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) => inner.DeleteOlderThanAsync(cutoff, cancellationToken);
    }

    [Fact]
    public async Task TurnsCountInMemoryAndAFlushWritesThemInOneGo()
    {
        var store = new SqliteAnswerCountStore(new SqliteDatabase(path));
        var counts = new AnswerCounts(store, new FixedTime(Now), NullLogger<AnswerCounts>.Instance);

        await counts.AnswerGivenAsync(Given("PU2-6:legal-acts"), default);
        await counts.AnswerGivenAsync(Given("PU2-6:phase:before"), default);
        await counts.AnswerGivenAsync(Given("PU2-6:phase:before"), default);
        Assert.Empty(await store.MostGivenAsync(5, default));

        Assert.Equal(2, await counts.FlushAsync(default));
        Assert.Equal(["PU2-6:phase:before", "PU2-6:legal-acts"], await new SqliteAnswerCountStore(new SqliteDatabase(path)).MostGivenAsync(5, default));
        Assert.Equal(0, await counts.FlushAsync(default));
    }

    [Fact]
    public async Task MostAskedIncludesWhatWasJustGiven()
    {
        var counts = new AnswerCounts(new SqliteAnswerCountStore(new SqliteDatabase(path)), new FixedTime(Now), NullLogger<AnswerCounts>.Instance);

        await counts.AnswerGivenAsync(Given("PU2-6:levels"), default);

        Assert.Equal(["PU2-6:levels"], await counts.MostGivenAsync(5, default));
    }

    [Fact]
    public async Task AFailedWriteKeepsTheCountsForTheNextFlush()
    {
        var store = new FailingOnce(new SqliteAnswerCountStore(new SqliteDatabase(path)));
        var counts = new AnswerCounts(store, new FixedTime(Now), NullLogger<AnswerCounts>.Instance);
        await counts.AnswerGivenAsync(Given("PU2-6:levels"), default);
        await counts.AnswerGivenAsync(Given("PU2-6:levels"), default);

        Assert.Equal(0, await counts.FlushAsync(default));
        await counts.AnswerGivenAsync(Given("PU2-6:related"), default);
        await counts.AnswerGivenAsync(Given("PU2-6:related"), default);
        await counts.AnswerGivenAsync(Given("PU2-6:related"), default);
        await counts.FlushAsync(default);

        Assert.True(store.Failed);
        Assert.Equal(["PU2-6:related", "PU2-6:levels"], await store.MostGivenAsync(5, default));
    }
}
