using ChatAssistant.Bot.Checklists;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Bot.Tests.Checklists;

/// <summary>
/// What every checklist store must do, run against each real store (SQLite, Azure Table storage on Azurite).
/// Within one test, every store a subclass opens sees the same data.
/// </summary>
public abstract class ChecklistStoreContract
{
    protected abstract Task<IChecklistStore> OpenStoreAsync();

    private static ChecklistProgress Progress(string user = "user-1", string card = "PU2-6", string role = "service-manager", string name = "Noteikumi X", params string[] done) =>
        new(user, card, role, name, done.ToHashSet(StringComparer.Ordinal), "v1", 0, At);

    /// <summary>When the progress is saved, unless a test says otherwise; the service stamps it from its clock.</summary>
    private static readonly DateTimeOffset At = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task ProgressNobodySavedForTheRetentionPeriodIsDeleted()
    {
        var store = await OpenStoreAsync();
        await store.SaveAsync(Progress(name: "Vecais akts", done: ["s1"]), 0, default);
        await store.SaveAsync(Progress(name: "Jaunais akts") with { UpdatedAt = At.AddDays(200) }, 0, default);
        var options = Options.Create(new ChecklistOptions { RetentionDays = 365 });
        ChecklistRetentionWorker Job(DateTimeOffset now) => new(store, options, new FixedTime(now), NullLogger<ChecklistRetentionWorker>.Instance);

        Assert.Equal(0, await Job(At.AddDays(364)).RunOnceAsync(default));
        Assert.Equal(2, (await store.ListAsync("user-1", default)).Count);

        Assert.Equal(1, await Job(At.AddDays(366)).RunOnceAsync(default));
        Assert.Null(await store.GetAsync("user-1", "PU2-6", "service-manager", "Vecais akts", default));
        Assert.Equal("Jaunais akts", Assert.Single(await store.ListAsync("user-1", default)).Name);
    }

    [Fact]
    public async Task AChecklistNobodySavedIsNotThere()
    {
        var store = await OpenStoreAsync();
        Assert.Null(await store.GetAsync("user-1", "PU2-6", "service-manager", "Noteikumi X", default));
        Assert.Empty(await store.ListAsync("user-1", default));
    }

    [Fact]
    public async Task SavedProgressComesBackWhole()
    {
        var store = await OpenStoreAsync();
        var saved = await store.SaveAsync(Progress(done: ["s2", "s1"]), 0, default);

        var read = await (await OpenStoreAsync()).GetAsync("user-1", "PU2-6", "service-manager", "Noteikumi X", default);

        Assert.NotNull(saved);
        Assert.Equal(1, saved.Revision);
        Assert.NotNull(read);
        Assert.Equal(["s1", "s2"], read.Done.Order(StringComparer.Ordinal));
        Assert.Equal(("v1", 1L, saved.UpdatedAt), (read.Version, read.Revision, read.UpdatedAt));
    }

    [Fact]
    public async Task OfTwoNewChecklistsWithTheSameNameOnlyTheFirstIsSaved()
    {
        var store = await OpenStoreAsync();
        Assert.NotNull(await store.SaveAsync(Progress(done: ["s1"]), 0, default));
        Assert.Null(await store.SaveAsync(Progress(done: ["s2"]), 0, default));
        Assert.Equal(["s1"], (await store.GetAsync("user-1", "PU2-6", "service-manager", "Noteikumi X", default))!.Done);
    }

    [Fact]
    public async Task ASaveFromAnOlderRevisionIsRefused()
    {
        var store = await OpenStoreAsync();
        var first = (await store.SaveAsync(Progress(done: ["s1"]), 0, default))!;
        var second = await store.SaveAsync(first with { Done = new HashSet<string> { "s1", "s2" } }, first.Revision, default);
        var stale = await store.SaveAsync(first with { Done = new HashSet<string>() }, first.Revision, default);

        Assert.Equal(2, second!.Revision);
        Assert.Null(stale);
        Assert.Null(await store.SaveAsync(Progress(name: "never saved"), 3, default));
        Assert.Equal(2, (await store.GetAsync("user-1", "PU2-6", "service-manager", "Noteikumi X", default))!.Done.Count);
    }

    [Fact]
    public async Task OfConcurrentSavesFromTheSameRevisionOnlyOneWins()
    {
        var store = await OpenStoreAsync();
        var first = (await store.SaveAsync(Progress(), 0, default))!;

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            Task.Run(() => store.SaveAsync(first with { Done = new HashSet<string> { "s" + i } }, first.Revision, default))));

        Assert.Single(results, r => r is not null);
    }

    [Fact]
    public async Task ListsOnlyThatPersonsChecklistsMostRecentFirst()
    {
        var store = await OpenStoreAsync();
        await store.SaveAsync(Progress(name: "A"), 0, default);
        var b = (await store.SaveAsync(Progress(name: "B"), 0, default))!;
        await store.SaveAsync(Progress(user: "user-2", name: "C"), 0, default);
        await store.SaveAsync(b with { Done = new HashSet<string> { "s1" }, UpdatedAt = At.AddMinutes(5) }, b.Revision, default);

        var mine = await store.ListAsync("user-1", default);

        Assert.Equal(["B", "A"], mine.Select(p => p.Name));
    }

    [Fact]
    public async Task NamesThatShareTextAreKeptApart()
    {
        var store = await OpenStoreAsync();
        await store.SaveAsync(Progress(card: "a.b", role: "c", name: "d/e"), 0, default);
        await store.SaveAsync(Progress(card: "a", role: "b.c", name: "d/e"), 0, default);
        await store.SaveAsync(Progress(user: "ū/1#?", card: "a", role: "b.c", name: "d/e"), 0, default);

        Assert.Equal(2, (await store.ListAsync("user-1", default)).Count);
        Assert.Single(await store.ListAsync("ū/1#?", default));
    }
}
