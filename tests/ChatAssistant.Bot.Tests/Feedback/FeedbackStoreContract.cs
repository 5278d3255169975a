using ChatAssistant.Bot.Feedback;

namespace ChatAssistant.Bot.Tests.Feedback;

/// <summary>What every feedback store must do, run against each real store (SQLite, Azure Table storage on Azurite).</summary>
public abstract class FeedbackStoreContract
{
    protected abstract Task<IFeedbackStore> OpenStoreAsync();

    /// <summary>When the votes are cast, unless a test says otherwise: a fixed moment, so that no result depends on the clock.</summary>
    private static readonly DateTimeOffset Cast = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    private static FeedbackEntry Vote(string user, bool helpful, string question = "kas izstrada aktus", string? unit = "PU2-6:duty:service-owner.develop", DateTimeOffset? at = null) =>
        new("conv-" + user, user, question, unit, helpful, "lv", at ?? Cast);

    [Fact]
    public async Task AVoteComesBackWithItsQuestionUnitVerdictLanguageAndTime()
    {
        var store = await OpenStoreAsync();
        await store.AddAsync(Vote("user-1", helpful: false), default);

        var vote = Assert.Single(await (await OpenStoreAsync()).ListAsync(default));
        Assert.Equal("kas izstrada aktus", vote.Question);
        Assert.Equal("PU2-6:duty:service-owner.develop", vote.UnitId);
        Assert.False(vote.Helpful);
        Assert.Equal("lv", vote.Language);
        Assert.Equal(Cast, vote.At);
    }

    [Fact]
    public async Task PressingAgainReplacesThePersonsEarlierVote()
    {
        var store = await OpenStoreAsync();
        await store.AddAsync(Vote("user-1", helpful: true), default);
        await store.AddAsync(Vote("user-1", helpful: true), default);
        await store.AddAsync(Vote("user-1", helpful: false), default);

        Assert.False(Assert.Single(await store.ListAsync(default)).Helpful);
    }

    [Fact]
    public async Task EachPersonQuestionAndAnswerIsItsOwnVote()
    {
        var store = await OpenStoreAsync();
        await store.AddAsync(Vote("user-1", helpful: true), default);
        await store.AddAsync(Vote("user-2", helpful: false), default);
        await store.AddAsync(Vote("user-1", helpful: false, question: "kas ir PPP"), default);
        await store.AddAsync(Vote("user-1", helpful: false, unit: "PU2-6:levels"), default);
        await store.AddAsync(Vote("user-1", helpful: false, unit: null), default);
        await store.AddAsync(Vote("user-1", helpful: true, unit: null), default);

        var votes = await store.ListAsync(default);
        Assert.Equal(5, votes.Count);
        Assert.True(Assert.Single(votes, v => v.UnitId is null).Helpful);
    }

    [Fact]
    public async Task AnOversizedQuestionFromAForgedCardIsStoredCut()
    {
        var store = await OpenStoreAsync();
        await store.AddAsync(Vote("user-1", helpful: false, question: new string('ā', 100_000), unit: new string('u', 5000)), default);

        var vote = Assert.Single(await store.ListAsync(default));
        Assert.Equal(FeedbackEntry.MaxQuestionLength, vote.Question.Length);
        Assert.Equal(FeedbackEntry.MaxUnitLength, vote.UnitId!.Length);
    }

    [Fact]
    public async Task VotesCastBeforeTheCutoffAreDeletedAndLaterOnesKept()
    {
        var store = await OpenStoreAsync();
        await store.AddAsync(Vote("user-1", helpful: true), default);
        await store.AddAsync(Vote("user-2", helpful: false), default);

        Assert.Equal(0, await store.DeleteOlderThanAsync(Cast.AddHours(-1), default));
        Assert.Equal(2, (await store.ListAsync(default)).Count);

        Assert.Equal(2, await store.DeleteOlderThanAsync(Cast.AddSeconds(1), default));
        Assert.Empty(await store.ListAsync(default));
    }

    [Fact]
    public async Task VotesAreListedOldestFirst()
    {
        var store = await OpenStoreAsync();
        string[] questions = ["pirmais", "otrais", "trešais"];
        for (var i = 0; i < questions.Length; i++) await store.AddAsync(Vote("user-1", helpful: true, question: questions[i], at: Cast.AddMinutes(i)), default);
        Assert.Equal(["pirmais", "otrais", "trešais"], (await store.ListAsync(default)).Select(v => v.Question));
    }
}
