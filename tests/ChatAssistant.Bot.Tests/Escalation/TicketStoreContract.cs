using ChatAssistant.Bot.Escalation;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Bot.Tests.Escalation;

/// <summary>
/// What every ticket store must do, run against each real store (SQLite here, Azure Table storage on Azurite).
/// A subclass supplies a fresh, empty store.
/// </summary>
public abstract class TicketStoreContract
{
    protected abstract Task<ITicketStore> CreateStoreAsync();

    public static Ticket Draft(string submitter = "user-1", string? submission = null, DateTimeOffset? at = null, string question = "Kas izstrādā speciālo normatīvo aktu?") => new()
    {
        Id = "",
        SubmissionId = submission ?? Guid.NewGuid().ToString("N"),
        Request = new TicketRequest(question, "Valsts kanceleja", "service-owner", "Pakalpojumu likums", TicketUrgency.Normal, "Anna Bērziņa", "anna@example.lv", "lv", "unknown"),
        Submitter = new Person(submitter, "Anna Bērziņa"),
        ReplyTo = "{}",
        History = [new TicketEvent(at ?? DateTimeOffset.UtcNow, TicketEventKind.Created, new Person(submitter, "Anna Bērziņa"))],
        Pending = [new PendingDelivery(DeliveryKind.ChannelCard, 0, at ?? DateTimeOffset.UtcNow, null)],
        CreatedAt = at ?? DateTimeOffset.UtcNow,
        UpdatedAt = at ?? DateTimeOffset.UtcNow,
    };

    /// <summary>
    /// An open ticket has an end date too: untouched for the open-ticket period, the bot closes it (telling the channel
    /// and the requester, with the closing step marked), and the finished-ticket retention deletes it later, with
    /// whatever deliveries still waited in its outbox.
    /// </summary>
    [Fact]
    public async Task OpenTicketsNobodyTouchesAreClosedAndLaterDeletedWithTheirDeliveries()
    {
        var store = await CreateStoreAsync();
        var created = new DateTimeOffset(2026, 1, 10, 9, 0, 0, TimeSpan.Zero);
        var untouched = await store.CreateAsync(Draft(at: created), default);
        var claimed = await store.CreateAsync(Draft(at: created), default);
        claimed = (await store.TryUpdateAsync(claimed with { Status = TicketStatus.Assigned, UpdatedAt = created.AddDays(100) }, claimed.Revision, default))!;
        var options = Options.Create(new EscalationOptions { OpenTicketDays = 180, RetentionDays = 365 });
        OpenTicketRetentionWorker Closer(DateTimeOffset now) => new(store, new OutboxSignal(), options, new FixedTime(now), NullLogger<OpenTicketRetentionWorker>.Instance);

        Assert.Equal(0, await Closer(created.AddDays(179)).RunOnceAsync(default));
        Assert.Equal(TicketStatus.New, (await store.GetAsync(untouched.Id, default))!.Status);

        Assert.Equal(1, await Closer(created.AddDays(181)).RunOnceAsync(default));
        var closed = (await store.GetAsync(untouched.Id, default))!;
        Assert.Equal(TicketStatus.Closed, closed.Status);
        Assert.Equal((TicketEventKind.Closed, TicketWorkflow.ClosedByRetention), (closed.History[^1].Kind, closed.History[^1].Note));
        Assert.Equal([DeliveryKind.ChannelCard, DeliveryKind.RequesterNotice], closed.Pending.Select(p => p.Kind).Order());
        Assert.Equal(TicketStatus.Assigned, (await store.GetAsync(claimed.Id, default))!.Status); // changed on day 100

        var deleted = await new RetentionWorker(store, options, new FixedTime(created.AddDays(181 + 366)), NullLogger<RetentionWorker>.Instance).RunOnceAsync(default);
        Assert.Equal(1, deleted);
        Assert.Null(await store.GetAsync(untouched.Id, default));
        Assert.DoesNotContain(await store.ListWithPendingAsync(default), t => t.Id == untouched.Id);
    }

    [Fact]
    public async Task NewTicketsGetSequentialIdsPerYear()
    {
        var store = await CreateStoreAsync();
        var first = await store.CreateAsync(Draft(at: new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero)), default);
        var second = await store.CreateAsync(Draft(at: new DateTimeOffset(2026, 12, 1, 11, 0, 0, TimeSpan.Zero)), default);
        var nextYear = await store.CreateAsync(Draft(at: new DateTimeOffset(2027, 1, 2, 9, 0, 0, TimeSpan.Zero)), default);

        Assert.Equal("VARAM-2026-0001", first.Id);
        Assert.Equal("VARAM-2026-0002", second.Id);
        Assert.Equal("VARAM-2027-0001", nextYear.Id);
        Assert.Equal(1, first.Revision);
    }

    [Fact]
    public async Task StoredTicketComesBackWhole()
    {
        var store = await CreateStoreAsync();
        var created = await store.CreateAsync(Draft(question: "Ko darīt, ja „likums” mainās? 😀 \u2028"), default);

        var read = await store.GetAsync(created.Id, default);

        Assert.NotNull(read);
        Assert.Equal(created.Request, read.Request);
        Assert.Equal(created.Submitter, read.Submitter);
        Assert.Equal(created.History, read.History);
        Assert.Equal(created.Pending, read.Pending);
        Assert.Equal(TicketStatus.New, read.Status);
        Assert.Null(await store.GetAsync("VARAM-1999-0001", default));
    }

    [Fact]
    public async Task TheSameSubmissionTwiceIsOneTicket()
    {
        var store = await CreateStoreAsync();
        var first = await store.CreateAsync(Draft(submission: "form-42"), default);
        var again = await store.CreateAsync(Draft(submission: "form-42"), default);

        Assert.Equal(first.Id, again.Id);
        Assert.Single(await store.ListAllAsync(default));
    }

    [Fact]
    public async Task TheSameSubmissionSentAgainAcrossNewYearIsStillOneTicket()
    {
        var store = await CreateStoreAsync();
        var lastYear = await store.CreateAsync(Draft(submission: "sent-at-midnight", at: new DateTimeOffset(2026, 12, 31, 23, 59, 58, TimeSpan.Zero)), default);
        var resent = await store.CreateAsync(Draft(submission: "sent-at-midnight", at: new DateTimeOffset(2027, 1, 1, 0, 0, 3, TimeSpan.Zero)), default);

        Assert.Equal(lastYear.Id, resent.Id);
        Assert.Equal("VARAM-2026-0001", resent.Id);
    }

    [Fact]
    public async Task OnlyOneOfTwoUpdatesFromTheSameRevisionWins()
    {
        var store = await CreateStoreAsync();
        var ticket = await store.CreateAsync(Draft(), default);

        var anna = await store.TryUpdateAsync(ticket with { Status = TicketStatus.Assigned, Assignee = new Person("c-1", "Anna") }, ticket.Revision, default);
        var janis = await store.TryUpdateAsync(ticket with { Status = TicketStatus.Assigned, Assignee = new Person("c-2", "Jānis") }, ticket.Revision, default);

        Assert.NotNull(anna);
        Assert.Null(janis);
        var stored = await store.GetAsync(ticket.Id, default);
        Assert.Equal("Anna", stored!.Assignee!.Name);
        Assert.Equal(ticket.Revision + 1, stored.Revision);
    }

    [Fact]
    public async Task ConcurrentCreatesNeverShareAnId()
    {
        var store = await CreateStoreAsync();
        var at = new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
        var created = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => Task.Run(() => store.CreateAsync(Draft(at: at), default))));

        Assert.Equal(12, created.Select(t => t.Id).Distinct().Count());
        Assert.Equal(Enumerable.Range(1, 12).Select(n => TicketId.Format(2026, n)), created.Select(t => t.Id).Order());
    }

    [Fact]
    public async Task ListsBySubmitterNewestFirst()
    {
        var store = await CreateStoreAsync();
        var older = await store.CreateAsync(Draft("u-a", at: DateTimeOffset.UtcNow.AddHours(-2)), default);
        var newer = await store.CreateAsync(Draft("u-a", at: DateTimeOffset.UtcNow.AddHours(-1)), default);
        await store.CreateAsync(Draft("u-b"), default);

        var mine = await store.ListBySubmitterAsync("u-a", default);

        Assert.Equal([newer.Id, older.Id], mine.Select(t => t.Id));
    }

    [Fact]
    public async Task PendingListFollowsTheTicketsOutbox()
    {
        var store = await CreateStoreAsync();
        var waiting = await store.CreateAsync(Draft(), default);
        var delivered = await store.CreateAsync(Draft(), default);
        await store.TryUpdateAsync(delivered with { Pending = [] }, delivered.Revision, default);

        var pending = await store.ListWithPendingAsync(default);

        Assert.Equal([waiting.Id], pending.Select(t => t.Id));
    }

    [Fact]
    public async Task ANumberIsNeverHandedOutAgainAfterRetentionDeletesTheYearsNewestTickets()
    {
        var store = await CreateStoreAsync();
        var old = DateTimeOffset.UtcNow.AddDays(-400);
        await store.CreateAsync(Draft(at: old), default);
        var newest = await store.CreateAsync(Draft(at: old), default);
        await store.TryUpdateAsync(newest with { Status = TicketStatus.Closed, UpdatedAt = old }, newest.Revision, default);
        await store.DeleteClosedBeforeAsync(DateTimeOffset.UtcNow.AddDays(-365), default);

        var next = await store.CreateAsync(Draft(at: old), default);

        Assert.NotEqual(newest.Id, next.Id);
        Assert.True(string.CompareOrdinal(next.Id, newest.Id) > 0, $"{next.Id} after {newest.Id}");
    }

    [Fact]
    public async Task RetentionDeletesOnlyFinishedTicketsPastTheCutoff()
    {
        var store = await CreateStoreAsync();
        var old = DateTimeOffset.UtcNow.AddDays(-400);
        var closedOld = await store.CreateAsync(Draft(at: old), default);
        await store.TryUpdateAsync(closedOld with { Status = TicketStatus.Closed, UpdatedAt = old }, closedOld.Revision, default);
        var openOld = await store.CreateAsync(Draft(at: old), default);
        var answeredOld = await store.CreateAsync(Draft(at: old), default);
        await store.TryUpdateAsync(answeredOld with { Status = TicketStatus.Answered, UpdatedAt = old }, answeredOld.Revision, default);
        var closedRecent = await store.CreateAsync(Draft(), default);
        await store.TryUpdateAsync(closedRecent with { Status = TicketStatus.Closed }, closedRecent.Revision, default);

        var deleted = await store.DeleteClosedBeforeAsync(DateTimeOffset.UtcNow.AddDays(-365), default);

        Assert.Equal(2, deleted);
        Assert.Null(await store.GetAsync(closedOld.Id, default));
        Assert.Null(await store.GetAsync(answeredOld.Id, default));
        Assert.NotNull(await store.GetAsync(openOld.Id, default));
        Assert.NotNull(await store.GetAsync(closedRecent.Id, default));
    }
}
