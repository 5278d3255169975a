using ChatAssistant.Bot.Escalation;
using ChatAssistant.Bot.State;

namespace ChatAssistant.Bot.Tests.Escalation;

public sealed class SqliteTicketStoreTests : TicketStoreContract
{
    protected override Task<ITicketStore> CreateStoreAsync() =>
        Task.FromResult<ITicketStore>(new SqliteTicketStore(new SqliteDatabase(TestBot.TempDatabase())));

    /// <summary>
    /// A database from before the counter (numbers were MAX + 1) is seeded from its tickets when the store opens, so
    /// retention deleting the newest ticket afterwards does not free its number.
    /// </summary>
    [Fact]
    public async Task ADatabaseFromBeforeTheCounterIsSeededFromItsTicketsWhenOpened()
    {
        var path = TestBot.TempDatabase();
        var old = DateTimeOffset.UtcNow.AddDays(-400);
        var before = new SqliteTicketStore(new SqliteDatabase(path));
        await before.CreateAsync(Draft(at: old), default);
        var newest = await before.CreateAsync(Draft(at: old), default);
        await before.TryUpdateAsync(newest with { Status = TicketStatus.Closed, UpdatedAt = old }, newest.Revision, default);
        await using (var connection = new SqliteDatabase(path).Open())
        {
            await using var drop = connection.CreateCommand();
            drop.CommandText = "DROP TABLE IF EXISTS ticket_counters"; // as the database was before the counter
            await drop.ExecuteNonQueryAsync();
        }

        var after = new SqliteTicketStore(new SqliteDatabase(path)); // the upgraded bot opens it
        await after.DeleteClosedBeforeAsync(DateTimeOffset.UtcNow.AddDays(-365), default);
        var next = await after.CreateAsync(Draft(at: old), default);

        Assert.Equal(TicketId.Format(old.UtcDateTime.Year, 3), next.Id);
    }

    [Fact]
    public async Task TicketsSurviveARestart()
    {
        var path = TestBot.TempDatabase();
        var created = await new SqliteTicketStore(new SqliteDatabase(path)).CreateAsync(Draft(), default);

        var reopened = await new SqliteTicketStore(new SqliteDatabase(path)).GetAsync(created.Id, default);

        Assert.Equal(created.Request, reopened!.Request);
    }
}
