using ChatAssistant.Bot.ComposeSearch;

namespace ChatAssistant.Bot.Tests.ComposeSearch;

/// <summary>What every answer-count store must do, run against each real store (SQLite, Azure Table storage on Azurite).</summary>
public abstract class AnswerCountStoreContract
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    protected abstract Task<IAnswerCountStore> OpenStoreAsync();

    [Fact]
    public async Task TheUnitGivenMostOftenComesFirstAndATieGoesToTheLatest()
    {
        var store = await OpenStoreAsync();
        await store.CountAsync("PU2-6:phase:before", 1, Monday, default);
        await store.CountAsync("PU2-6:role:resource-owner", 1, Monday.AddHours(1), default);
        await store.CountAsync("PU2-6:role:resource-owner", 1, Monday.AddHours(2), default);
        await store.CountAsync("PU2-6:legal-acts", 1, Monday.AddHours(3), default);

        var reopened = await OpenStoreAsync();
        Assert.Equal(["PU2-6:role:resource-owner", "PU2-6:legal-acts", "PU2-6:phase:before"], await reopened.MostGivenAsync(10, default));
        Assert.Equal(["PU2-6:role:resource-owner"], await reopened.MostGivenAsync(1, default));
    }

    [Fact]
    public async Task ABatchOfCountsAddsUpAndAnOlderBatchKeepsTheLatestTime()
    {
        var store = await OpenStoreAsync();
        await store.CountAsync("PU2-6:legal-acts", 3, Monday.AddHours(5), default);
        await store.CountAsync("PU2-6:phase:before", 3, Monday, default);
        await store.CountAsync("PU2-6:phase:before", 2, Monday.AddHours(1), default);
        // Written late, from an interval that ended before the last write: the unit was still last given at 05:00.
        await store.CountAsync("PU2-6:legal-acts", 1, Monday.AddHours(2), default);

        // 5 against 4: counted one each, the two would tie and the later-given legal acts would come first.
        Assert.Equal(["PU2-6:phase:before", "PU2-6:legal-acts"], await store.MostGivenAsync(5, default));
        Assert.Equal(1, await store.DeleteOlderThanAsync(Monday.AddHours(3), default));
        Assert.Equal(["PU2-6:legal-acts"], await store.MostGivenAsync(5, default));
    }

    [Fact]
    public async Task AnEmptyStoreHasNoMostGiven()
    {
        Assert.Empty(await (await OpenStoreAsync()).MostGivenAsync(5, default));
    }

    [Fact]
    public async Task UnitsNotGivenSinceTheCutoffAreDeletedAndCountedOnceEach()
    {
        var store = await OpenStoreAsync();
        await store.CountAsync("PU2-6:phase:before", 1, Monday, default);
        await store.CountAsync("PU2-6:phase:before", 1, Monday.AddDays(1), default);
        await store.CountAsync("PU2-6:phase:after", 1, Monday, default);
        await store.CountAsync("PU2-6:phase:after", 1, Monday, default);

        Assert.Equal(1, await store.DeleteOlderThanAsync(Monday.AddHours(12), default));

        Assert.Equal(["PU2-6:phase:before"], await store.MostGivenAsync(5, default));
    }
}
