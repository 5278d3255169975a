using ChatAssistant.Bot.Escalation;
using ChatAssistant.Bot.State;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Bot.Tests.Escalation;

public class RetentionTests
{
    [Fact]
    public async Task ClosedTicketsAreDeletedOnceTheConfiguredRetentionHasPassed()
    {
        var store = new SqliteTicketStore(new SqliteDatabase(TestBot.TempDatabase()));
        var closedAt = new DateTimeOffset(2026, 1, 10, 9, 0, 0, TimeSpan.Zero);
        var ticket = await store.CreateAsync(TicketStoreContract.Draft(at: closedAt), default);
        await store.TryUpdateAsync(ticket with { Status = TicketStatus.Closed, UpdatedAt = closedAt }, ticket.Revision, default);
        var options = Options.Create(new EscalationOptions { RetentionDays = 30 });

        var early = await new RetentionWorker(store, options, new FixedTime(closedAt.AddDays(29)), NullLogger<RetentionWorker>.Instance).RunOnceAsync(default);
        Assert.Equal(0, early);
        Assert.NotNull(await store.GetAsync(ticket.Id, default));

        var due = await new RetentionWorker(store, options, new FixedTime(closedAt.AddDays(31)), NullLogger<RetentionWorker>.Instance).RunOnceAsync(default);
        Assert.Equal(1, due);
        Assert.Null(await store.GetAsync(ticket.Id, default));
    }
}
