using ChatAssistant.Bot.Escalation;
using ChatAssistant.Bot.State;

namespace ChatAssistant.Bot.Tests.Escalation;

public sealed class SqliteTicketStoreTests : TicketStoreContract
{
    protected override Task<ITicketStore> CreateStoreAsync() =>
        Task.FromResult<ITicketStore>(new SqliteTicketStore(new SqliteDatabase(TestBot.TempDatabase())));

    [Fact]
    public async Task TicketsSurviveARestart()
    {
        var path = TestBot.TempDatabase();
        var created = await new SqliteTicketStore(new SqliteDatabase(path)).CreateAsync(Draft(), default);

        var reopened = await new SqliteTicketStore(new SqliteDatabase(path)).GetAsync(created.Id, default);

        Assert.Equal(created.Request, reopened!.Request);
    }
}
