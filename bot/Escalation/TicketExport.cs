using System.Globalization;
using System.Text;
using System.Text.Json;

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

    /// <summary>RFC 4180 CSV, UTF-8 with a byte-order mark so spreadsheet programs show Latvian letters correctly.</summary>
    public static string ToCsv(IEnumerable<Ticket> tickets)
    {
        var csv = new StringBuilder("\uFEFF");
        csv.Append(string.Join(',', Header)).Append("\r\n");
        foreach (var row in tickets.Select(ExportRow.From))
        {
            string[] cells =
            [
                row.Ticket, row.Status, row.Origin, row.Language, row.Subject, row.Question, row.Answer ?? "",
                Time(row.CreatedAt), row.AnsweredAt is { } at ? Time(at) : "",
            ];
            csv.Append(string.Join(',', cells.Select(Cell))).Append("\r\n");
        }
        return csv.ToString();
    }

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Quotes every cell that needs it, and defuses a leading =, +, -, @, tab or CR that a spreadsheet would run as a formula.</summary>
    private static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
