using ChatAssistant.Knowledge.Model;

namespace ChatAssistant.Cards.Escalation;

public enum TicketState
{
    New,
    Assigned,
    Answered,
    Closed,
}

/// <summary>What the ticket cards show of a ticket. Personal fields appear only on cards for the consultation channel.</summary>
public sealed record TicketView(
    string Id,
    TicketState State,
    string Question,
    string Institution,
    string AskerRole,
    string Subject,
    bool Urgent,
    string RequesterName,
    string Contact,
    string? SubmitterName,
    string? AssigneeName,
    string? Answer,
    int Step,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<TicketHistoryLine> History,
    Language Language);

public sealed record TicketHistoryLine(DateTimeOffset At, string Event, string Actor);

/// <summary>The escalation form as drawn: the values so far, the roles to choose from, and any errors per field.</summary>
public sealed record EscalationFormView(
    string SubmissionId,
    string Origin,
    Language Language,
    IReadOnlyDictionary<string, string> Values,
    IReadOnlyList<(string Id, string Label)> Roles,
    IReadOnlyDictionary<string, string> Errors);
