using System.Text.Json;
using ChatAssistant.Bot.Hosting;

namespace ChatAssistant.Bot.Escalation;

/// <summary>
/// What the content editors get from tickets: the question, the subject, the consultants' answer and when. No
/// names, contacts or institutions: the editors need the questions the assistant could not answer, not who asked.
/// </summary>
public sealed record ExportRow(string Ticket, string Status, string Origin, string Language, string Subject, string Question, string? Answer, DateTimeOffset CreatedAt, DateTimeOffset? AnsweredAt)
{
    public static ExportRow From(Ticket ticket) => new(
        ticket.Id,
        ticket.Status.ToString().ToLowerInvariant(),
        ticket.Request.Origin,
        ticket.Request.Language,
        ticket.Request.Subject,
        ticket.Request.Question,
        ticket.Answer ?? ticket.History.LastOrDefault(e => e.Kind == TicketEventKind.Answered)?.Note,
        ticket.CreatedAt,
        ticket.History.LastOrDefault(e => e.Kind == TicketEventKind.Answered)?.At);
}

public static class TicketExport
{
    private static readonly string[] Header = ["ticket", "status", "origin", "language", "subject", "question", "answer", "created_at", "answered_at"];
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static string ToJson(IEnumerable<Ticket> tickets) => JsonSerializer.Serialize(tickets.Select(ExportRow.From), Json);

    /// <summary>CSV as <see cref="CsvText"/> writes it.</summary>
    public static string ToCsv(IEnumerable<Ticket> tickets) => CsvText.Write(Header, tickets.Select(ExportRow.From).Select(row => (IReadOnlyList<string>)
    [
        row.Ticket, row.Status, row.Origin, row.Language, row.Subject, row.Question, row.Answer ?? "",
        CsvText.Time(row.CreatedAt), row.AnsweredAt is { } at ? CsvText.Time(at) : "",
    ]));
}
