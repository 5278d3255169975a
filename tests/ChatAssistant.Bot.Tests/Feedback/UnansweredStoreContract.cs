using ChatAssistant.Bot.Feedback;

namespace ChatAssistant.Bot.Tests.Feedback;

/// <summary>What every unanswered-questions store must do, run against each real store (SQLite, Azure Table storage on Azurite).</summary>
public abstract class UnansweredStoreContract
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    protected abstract Task<IUnansweredStore> OpenStoreAsync();

    private static UnansweredQuestion Declined(string question, string? unit = "PU2-6:duty:service-owner.develop", double? score = 0.31) =>
        new(question, UnansweredReason.Declined, unit, score, "lv");

    [Fact]
    public async Task AlikeQuestionsAreCountedInOneGroupWithTheLatestWordingAndNearestUnit()
    {
        var store = await OpenStoreAsync();
        await store.RecordAsync(Declined("Kas apstiprina aktus?"), Monday, default);
        await store.RecordAsync(Declined("kas apstiprina aktus", unit: "PU2-6:legal-acts", score: 0.42), Monday.AddHours(1), default);
        await store.RecordAsync(Declined("kas apstiprina aktus!!"), Monday.AddHours(2), default);

        var group = Assert.Single(await (await OpenStoreAsync()).ListAsync(default));
        Assert.Equal("kas apstiprina aktus", group.Normalised);
        Assert.Equal(3, group.Count);
        Assert.Equal(Monday, group.FirstAt);
        Assert.Equal(Monday.AddHours(2), group.LastAt);
        Assert.Equal("kas apstiprina aktus!!", group.Question);
        Assert.Equal(UnansweredReason.Declined, group.Reason);
        Assert.Equal("PU2-6:duty:service-owner.develop", group.NearestUnit);
        Assert.Equal(0.31, group.NearestScore!.Value, 3);
    }

    [Fact]
    public async Task EachReasonIsItsOwnGroupAndTheMostFrequentComesFirst()
    {
        var store = await OpenStoreAsync();
        await store.RecordAsync(Declined("kas ir PPP"), Monday, default);
        await store.RecordAsync(new UnansweredQuestion("kas ir PPP", UnansweredReason.NotHelpful, "PU2-6:section:additional-info", null, "lv"), Monday, default);
        await store.RecordAsync(Declined("who signs the acts?"), Monday, default);
        await store.RecordAsync(Declined("who signs the acts"), Monday.AddMinutes(1), default);

        var groups = await store.ListAsync(default);
        Assert.Equal(3, groups.Count);
        Assert.Equal("who signs the acts", groups[0].Normalised);
        Assert.Equal(2, groups[0].Count);
        Assert.Contains(groups, g => g.Reason == UnansweredReason.NotHelpful && g.NearestScore is null);
    }

    [Fact]
    public async Task AnOversizedQuestionIsStoredCut()
    {
        var store = await OpenStoreAsync();
        await store.RecordAsync(Declined(new string('ā', 50_000), unit: new string('u', 5000)), Monday, default);

        var group = Assert.Single(await store.ListAsync(default));
        Assert.Equal(UnansweredQuestion.MaxQuestionLength, group.Question.Length);
        Assert.Equal(UnansweredQuestion.MaxKeyLength, group.Normalised.Length);
        Assert.Equal(UnansweredQuestion.MaxUnitLength, group.NearestUnit!.Length);
    }

    [Fact]
    public async Task GroupsNotSeenSinceTheCutoffAreDeletedAndLaterOnesKept()
    {
        var store = await OpenStoreAsync();
        await store.RecordAsync(Declined("vecs jautājums"), Monday.AddDays(-400), default);
        await store.RecordAsync(Declined("jauns jautājums"), Monday.AddDays(-400), default);
        await store.RecordAsync(Declined("jauns jautājums"), Monday, default); // seen again: kept

        Assert.Equal(1, await store.DeleteOlderThanAsync(Monday.AddDays(-365), default));
        Assert.Equal("jauns jautajums", Assert.Single(await store.ListAsync(default)).Normalised);
    }
}
