using ChatAssistant.Bot.Escalation;

namespace ChatAssistant.Bot.Tests.Escalation;

/// <summary>The ticket's life, command by command: what each status allows, and what it asks the outbox to send.</summary>
public class TicketWorkflowTests
{
    private static readonly Person Anna = new("c-anna", "Anna");
    private static readonly Person Janis = new("c-janis", "Jānis");
    private static readonly DateTimeOffset At = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    private static Ticket New() => TicketStoreContract.Draft(at: At) with { Id = "VARAM-2026-0001", Pending = [] };

    private static Ticket Run(Ticket ticket, TicketCommand command, Person actor, string? answer = null)
    {
        var change = TicketWorkflow.Apply(ticket, command, actor, answer, At);
        Assert.True(change.Changed, $"{command} was refused: {change.Refusal}");
        return change.Ticket;
    }

    [Fact]
    public void ATicketGoesFromNewThroughAssignedAndAnsweredToClosed()
    {
        var ticket = Run(Run(Run(New(), TicketCommand.Claim, Anna), TicketCommand.Answer, Anna, "  Skatiet 5. pantu.  "), TicketCommand.Close, Anna);

        Assert.Equal(TicketStatus.Closed, ticket.Status);
        Assert.Equal("Skatiet 5. pantu.", ticket.Answer);
        Assert.Equal([TicketEventKind.Created, TicketEventKind.Assigned, TicketEventKind.Answered, TicketEventKind.Closed], ticket.History.Select(e => e.Kind));
    }

    [Fact]
    public void TheStepCountsWorkflowEventsButNotDeliveriesAndIsNotStored()
    {
        var claimed = Run(New(), TicketCommand.Claim, Anna);
        var delivered = claimed with
        {
            History = [.. claimed.History, new TicketEvent(At, TicketEventKind.PostedToChannel, Anna), new TicketEvent(At, TicketEventKind.AnswerDelivered, Anna)],
        };

        Assert.Equal(2, claimed.Step);
        Assert.Equal(2, delivered.Step);
        Assert.DoesNotContain("\"step\"", TicketJson.Serialize(delivered));
        Assert.Equal(2, TicketJson.Deserialize(TicketJson.Serialize(delivered)).Step);
    }

    [Fact]
    public void AClaimedTicketCannotBeClaimedOrAnsweredBySomeoneElse()
    {
        var claimed = Run(New(), TicketCommand.Claim, Anna);

        Assert.Equal(TicketRefusal.AlreadyClaimed, TicketWorkflow.Apply(claimed, TicketCommand.Claim, Janis, null, At).Refusal);
        Assert.Equal(TicketRefusal.AlreadyClaimed, TicketWorkflow.Apply(claimed, TicketCommand.Answer, Janis, "x", At).Refusal);
    }

    [Fact]
    public void AnUnclaimedTicketCanBeAnsweredDirectlyAndTheAnswererBecomesTheAssignee()
    {
        var answered = Run(New(), TicketCommand.Answer, Janis, "Jā.");

        Assert.Equal(TicketStatus.Answered, answered.Status);
        Assert.Equal(Janis, answered.Assignee);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void AnEmptyAnswerIsRefused(string answer) =>
        Assert.Equal(TicketRefusal.EmptyAnswer, TicketWorkflow.Apply(New(), TicketCommand.Answer, Anna, answer, At).Refusal);

    [Fact]
    public void AnOverlongAnswerIsRefused() =>
        Assert.Equal(TicketRefusal.AnswerTooLong, TicketWorkflow.Apply(New(), TicketCommand.Answer, Anna, new string('a', TicketWorkflow.MaxAnswerLength + 1), At).Refusal);

    [Fact]
    public void ReopeningReturnsTheTicketToAllConsultantsAndKeepsTheOldAnswerInTheHistory()
    {
        var reopened = Run(Run(Run(New(), TicketCommand.Claim, Anna), TicketCommand.Answer, Anna, "Jā."), TicketCommand.Reopen, Anna);

        Assert.Equal(TicketStatus.New, reopened.Status);
        Assert.Null(reopened.Assignee);
        Assert.Null(reopened.Answer);
        Assert.Equal("Jā.", reopened.History.Single(e => e.Kind == TicketEventKind.Answered).Note);
        Assert.Equal(TicketEventKind.Reopened, reopened.History[^1].Kind);
        Assert.True(TicketWorkflow.Apply(reopened, TicketCommand.Claim, Janis, null, At).Changed); // nobody keeps it stuck
    }

    [Fact]
    public void ADeliveryAskedForAgainWhileBeingSentIsNotClearedBySendingTheOlderState()
    {
        var asked = Outbox.Add(New(), DeliveryKind.RequesterNotice, At);
        var sentGeneration = asked.Pending.Single().Generation;
        var askedAgain = Outbox.Add(asked, DeliveryKind.RequesterNotice, At); // e.g. closed while the answer was on its way

        Assert.Single(Outbox.Delivered(askedAgain, DeliveryKind.RequesterNotice, sentGeneration).Pending);
        Assert.Empty(Outbox.Delivered(asked, DeliveryKind.RequesterNotice, sentGeneration).Pending);
    }

    [Fact]
    public void OnlyAnsweredOrClosedTicketsCanBeReopenedAndClosedOnesNotClosedAgain()
    {
        Assert.Equal(TicketRefusal.WrongStatus, TicketWorkflow.Apply(New(), TicketCommand.Reopen, Anna, null, At).Refusal);
        var closed = Run(New(), TicketCommand.Close, Anna);
        Assert.Equal(TicketRefusal.WrongStatus, TicketWorkflow.Apply(closed, TicketCommand.Close, Anna, null, At).Refusal);
        Assert.Equal(TicketRefusal.WrongStatus, TicketWorkflow.Apply(closed, TicketCommand.Claim, Anna, null, At).Refusal);
    }

    [Fact]
    public void EveryChangeUpdatesTheChannelCardAndAnswersAndClosuresAlsoReachTheRequester()
    {
        var claimed = Run(New(), TicketCommand.Claim, Anna);
        Assert.Equal([DeliveryKind.ChannelCard], claimed.Pending.Select(p => p.Kind));

        var answered = Run(claimed, TicketCommand.Answer, Anna, "Jā.");
        Assert.Equal([DeliveryKind.ChannelCard, DeliveryKind.RequesterNotice], answered.Pending.Select(p => p.Kind));
    }

    [Fact]
    public void FailedDeliveriesBackOffExponentiallyUpToHalfAnHour()
    {
        var first = TimeSpan.FromSeconds(15);
        Assert.Equal(TimeSpan.FromSeconds(15), Outbox.Backoff(1, first));
        Assert.Equal(TimeSpan.FromSeconds(60), Outbox.Backoff(3, first));
        Assert.Equal(Outbox.MaxBackoff, Outbox.Backoff(40, first));

        var ticket = Outbox.Add(New(), DeliveryKind.ChannelCard, At);
        var failed = Outbox.Failed(Outbox.Failed(ticket, DeliveryKind.ChannelCard, "http-403", At, first), DeliveryKind.ChannelCard, "http-403", At, first);
        var pending = Assert.Single(failed.Pending);
        Assert.Equal(2, pending.Attempts);
        Assert.Equal(At + TimeSpan.FromSeconds(30), pending.NextAttemptAt);
        Assert.False(Outbox.IsDue(pending, At));
    }

    [Theory]
    [InlineData("VARAM-2026-0042", "VARAM-2026-0042")]
    [InlineData(" varam-2026-42 ", "VARAM-2026-0042")]
    [InlineData("VARAM-2026-12345", "VARAM-2026-12345")]
    public void TicketIdsAreReadAsPeopleTypeThem(string typed, string id)
    {
        Assert.True(TicketId.TryNormalise(typed, out var normalised));
        Assert.Equal(id, normalised);
    }

    [Theory]
    [InlineData("VARAM-26-0042")]
    [InlineData("TICKET-2026-0042")]
    [InlineData("VARAM-2026-")]
    [InlineData(null)]
    public void NonIdsAreNotTicketIds(string? typed) => Assert.False(TicketId.TryNormalise(typed, out _));
}
