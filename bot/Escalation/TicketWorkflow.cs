namespace ChatAssistant.Bot.Escalation;

public enum TicketCommand
{
    Claim,
    Answer,
    Close,
    Reopen,
}

public enum TicketRefusal
{
    AlreadyClaimed,
    WrongStatus,
    EmptyAnswer,
    AnswerTooLong,

    /// <summary>Others kept changing the ticket at the same moment; the person should simply try again.</summary>
    Busy,

    /// <summary>The card clicked was drawn before the ticket's latest step: the person gets the current card to decide again.</summary>
    Stale,
}

/// <summary>The result of a command: the changed ticket, or why the command was refused (with the ticket as it stands).</summary>
public sealed record TicketChange(Ticket Ticket, TicketRefusal? Refusal)
{
    public bool Changed => Refusal is null;
}

/// <summary>
/// The ticket's life: new → assigned → answered → closed, and reopened (back to new, for any consultant) from
/// answered or closed; earlier answers stay in the history. Pure: it decides,
/// the service stores. Every change updates the channel card; an answer or a closure is also sent to the requester.
/// </summary>
public static class TicketWorkflow
{
    public const int MaxAnswerLength = 4000;

    public static TicketChange Apply(Ticket ticket, TicketCommand command, Person actor, string? answer, DateTimeOffset at) => command switch
    {
        TicketCommand.Claim => Claim(ticket, actor, at),
        TicketCommand.Answer => Answer(ticket, actor, answer, at),
        TicketCommand.Close => Close(ticket, actor, at),
        TicketCommand.Reopen => Reopen(ticket, actor, at),
        _ => new TicketChange(ticket, TicketRefusal.WrongStatus),
    };

    /// <summary>The note on the closing step of a ticket nobody touched for the open-ticket retention period.</summary>
    public const string ClosedByRetention = "closed by retention";

    /// <summary>
    /// Closes an open ticket that nobody has touched for the retention period, as <paramref name="actor"/> (the bot):
    /// the channel card and the requester are told, as with any closure, and the finished-ticket retention then
    /// deletes it. The requester can still reopen it until then.
    /// </summary>
    public static TicketChange CloseUntouched(Ticket ticket, Person actor, DateTimeOffset at) =>
        ticket.Status is not (TicketStatus.New or TicketStatus.Assigned)
            ? Refuse(ticket, TicketRefusal.WrongStatus)
            : Change(ticket with { Status = TicketStatus.Closed }, TicketEventKind.Closed, actor, at, notifyRequester: true, note: ClosedByRetention);

    private static TicketChange Claim(Ticket ticket, Person actor, DateTimeOffset at)
    {
        if (ticket.Status == TicketStatus.Assigned && ticket.Assignee?.Id != actor.Id) return Refuse(ticket, TicketRefusal.AlreadyClaimed);
        if (ticket.Status != TicketStatus.New) return Refuse(ticket, TicketRefusal.WrongStatus);
        return Change(ticket with { Status = TicketStatus.Assigned, Assignee = actor }, TicketEventKind.Assigned, actor, at, notifyRequester: false);
    }

    private static TicketChange Answer(Ticket ticket, Person actor, string? answer, DateTimeOffset at)
    {
        if (ticket.Status is not (TicketStatus.New or TicketStatus.Assigned)) return Refuse(ticket, TicketRefusal.WrongStatus);
        if (ticket.Status == TicketStatus.Assigned && ticket.Assignee?.Id != actor.Id) return Refuse(ticket, TicketRefusal.AlreadyClaimed);
        var text = answer?.Trim() ?? "";
        if (text.Length == 0) return Refuse(ticket, TicketRefusal.EmptyAnswer);
        if (text.Length > MaxAnswerLength) return Refuse(ticket, TicketRefusal.AnswerTooLong);
        return Change(ticket with { Status = TicketStatus.Answered, Assignee = ticket.Assignee ?? actor, Answer = text },
            TicketEventKind.Answered, actor, at, notifyRequester: true, note: text);
    }

    private static TicketChange Close(Ticket ticket, Person actor, DateTimeOffset at) =>
        ticket.Status == TicketStatus.Closed
            ? Refuse(ticket, TicketRefusal.WrongStatus)
            : Change(ticket with { Status = TicketStatus.Closed }, TicketEventKind.Closed, actor, at, notifyRequester: true);

    private static TicketChange Reopen(Ticket ticket, Person actor, DateTimeOffset at) =>
        ticket.Status is not (TicketStatus.Answered or TicketStatus.Closed)
            ? Refuse(ticket, TicketRefusal.WrongStatus)
            : Change(ticket with { Status = TicketStatus.New, Assignee = null, Answer = null },
                TicketEventKind.Reopened, actor, at, notifyRequester: false);

    private static TicketChange Refuse(Ticket ticket, TicketRefusal refusal) => new(ticket, refusal);

    private static TicketChange Change(Ticket ticket, TicketEventKind kind, Person actor, DateTimeOffset at, bool notifyRequester, string? note = null)
    {
        var changed = ticket with { History = [.. ticket.History, new TicketEvent(at, kind, actor, note)], UpdatedAt = at };
        changed = Outbox.Add(changed, DeliveryKind.ChannelCard, at);
        if (notifyRequester) changed = Outbox.Add(changed, DeliveryKind.RequesterNotice, at);
        return new TicketChange(changed, null);
    }
}
