using ChatAssistant.Cards.Escalation;
using ChatAssistant.Knowledge.Model;
using ChatAssistant.Cards.Strings;

namespace ChatAssistant.Bot.Escalation;

/// <summary>Maps tickets to what the cards draw.</summary>
public static class TicketViews
{
    public static TicketView For(Ticket ticket, Language language) => new(
        ticket.Id,
        ticket.Status switch
        {
            TicketStatus.New => TicketState.New,
            TicketStatus.Assigned => TicketState.Assigned,
            TicketStatus.Answered => TicketState.Answered,
            _ => TicketState.Closed,
        },
        ticket.Request.Question,
        ticket.Request.Institution,
        ticket.Request.AskerRole,
        ticket.Request.Subject,
        ticket.Request.Urgency == TicketUrgency.Urgent,
        ticket.Request.RequesterName,
        ticket.Request.Contact,
        ticket.IsOnBehalf ? ticket.Submitter.Name : null,
        ticket.Assignee?.Name,
        ticket.Answer,
        ticket.Step,
        ticket.CreatedAt,
        ticket.UpdatedAt,
        [.. ticket.History.Select(e => new TicketHistoryLine(e.At, EventName(e.Kind).In(language), e.Actor.Name))],
        language);

    public static Language RequesterLanguage(Ticket ticket) => LanguageCode.FromCode(ticket.Request.Language) ?? Language.Lv;

    private static Text EventName(TicketEventKind kind) => kind switch
    {
        TicketEventKind.Created => EscalationText.EventCreated,
        TicketEventKind.Assigned => EscalationText.EventAssigned,
        TicketEventKind.Answered => EscalationText.EventAnswered,
        TicketEventKind.Closed => EscalationText.EventClosed,
        TicketEventKind.Reopened => EscalationText.EventReopened,
        TicketEventKind.PostedToChannel => EscalationText.EventPosted,
        _ => EscalationText.EventDelivered,
    };
}
