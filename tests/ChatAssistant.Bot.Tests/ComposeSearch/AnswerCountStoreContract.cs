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
        await store.CountAsync("PU2-6:phase:before", Monday, default);
        await store.CountAsync("PU2-6:role:resource-owner", Monday.AddHours(1), default);
        await store.CountAsync("PU2-6:role:resource-owner", Monday.AddHours(2), default);
        await store.CountAsync("PU2-6:legal-acts", Monday.AddHours(3), default);

        var reopened = await OpenStoreAsync();
        Assert.Equal(["PU2-6:role:resource-owner", "PU2-6:legal-acts", "PU2-6:phase:before"], await reopened.MostGivenAsync(10, default));
        Assert.Equal(["PU2-6:role:resource-owner"], await reopened.MostGivenAsync(1, default));
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
        await store.CountAsync("PU2-6:phase:before", Monday, default);
        await store.CountAsync("PU2-6:phase:before", Monday.AddDays(1), default);
        await store.CountAsync("PU2-6:phase:after", Monday, default);
        await store.CountAsync("PU2-6:phase:after", Monday, default);

        Assert.Equal(1, await store.DeleteOlderThanAsync(Monday.AddHours(12), default));

        Assert.Equal(["PU2-6:phase:before"], await store.MostGivenAsync(5, default));
    }
}
