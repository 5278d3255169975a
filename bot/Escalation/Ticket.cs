namespace ChatAssistant.Bot.Escalation;

public enum TicketStatus
{
    New,
    Assigned,
    Answered,
    Closed,
}

public enum TicketUrgency
{
    Normal,
    Urgent,
}

/// <summary>
/// A question handed to a VARAM consultation. Holds personal data (names, contact, institution): it is shown only to
/// the requester, the consultation channel and admins, and none of it is ever logged. <see cref="Revision"/> is the
/// optimistic-concurrency token: every save names the revision it read, and a save over a newer one is refused.
/// </summary>
public sealed record Ticket
{
    public required string Id { get; init; }
    public required string SubmissionId { get; init; }
    public TicketStatus Status { get; init; } = TicketStatus.New;
    public required TicketRequest Request { get; init; }

    /// <summary>The person who filled in the form; differs from the requester when helpdesk staff escalate for someone.</summary>
    public required Person Submitter { get; init; }

    /// <summary>The submitter's chat, as a serialised conversation reference: where the answer is delivered.</summary>
    public required string ReplyTo { get; init; }

    public Person? Assignee { get; init; }
    public string? Answer { get; init; }

    /// <summary>The consultation channel's message that shows this ticket, once posted; it is updated in place.</summary>
    public string? ChannelMessageId { get; init; }

    public IReadOnlyList<TicketEvent> History { get; init; } = [];
    public IReadOnlyList<PendingDelivery> Pending { get; init; } = [];
    public long Revision { get; init; }

    /// <summary>
    /// How many workflow steps (created, claimed, answered, closed, reopened) the ticket has been through. Cards carry
    /// it, so that a click on a card drawn before the latest step is caught. Deliveries do not count: they change the
    /// <see cref="Revision"/> but not what the card shows.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public int Step => History.Count(e => e.Kind is not (TicketEventKind.PostedToChannel or TicketEventKind.AnswerDelivered));
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    public bool IsOnBehalf => !string.Equals(Request.RequesterName, Submitter.Name, StringComparison.Ordinal);
}

/// <summary>What the escalation form asks for. <see cref="Origin"/> says why: an unknown answer, a regulatory change, or by hand.</summary>
public sealed record TicketRequest(
    string Question,
    string Institution,
    string AskerRole,
    string Subject,
    TicketUrgency Urgency,
    string RequesterName,
    string Contact,
    string Language,
    string Origin);

public sealed record Person(string Id, string Name);

public enum TicketEventKind
{
    Created,
    Assigned,
    Answered,
    Closed,
    Reopened,
    PostedToChannel,
    AnswerDelivered,
}

/// <summary>One step of a ticket's history. <see cref="Note"/> keeps an answer's text, so a reopened ticket still shows what was said.</summary>
public sealed record TicketEvent(DateTimeOffset At, TicketEventKind Kind, Person Actor, string? Note = null);

public enum DeliveryKind
{
    /// <summary>Post the ticket card to the consultation channel, or update the one posted.</summary>
    ChannelCard,

    /// <summary>Send the requester the answer (or the status change) in their own chat.</summary>
    RequesterNotice,
}

/// <summary>
/// A delivery that has not succeeded yet. Kept inside the ticket, so the ticket and its outbox change together.
/// <see cref="Generation"/> grows each time a change asks for the delivery again: a send only clears the generation it sent.
/// </summary>
public sealed record PendingDelivery(DeliveryKind Kind, int Attempts, DateTimeOffset NextAttemptAt, string? LastError, long Generation = 1);
