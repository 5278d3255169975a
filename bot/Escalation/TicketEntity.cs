using System.Globalization;
using Azure.Data.Tables;

namespace ChatAssistant.Bot.Escalation;

/// <summary>
/// A ticket as a Table storage entity: partition = its year, row = its ID, the whole ticket as <see cref="TicketJson"/>
/// in one or more Body properties (a string property holds at most 32K characters), plus the properties the queries
/// filter on. Times are UTC ticks so that filters and ordering are exact.
/// </summary>
internal static class TicketEntity
{
    public const string Kind = "ticket";
    private const int PartLength = 30_000;

    /// <summary>The entity limit is 1 MiB; far above any ticket the form can make (questions are at most 4000 characters).</summary>
    private const int MaxParts = 16;

    public static string Partition(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>The partition of a well-formed ticket ID, or null.</summary>
    public static string? PartitionOf(string id) =>
        TicketId.TryNormalise(id, out var normal) ? normal.Split('-')[1] : null;

    public static TableEntity From(Ticket ticket)
    {
        var parts = Split(TicketJson.Serialize(ticket));
        if (parts.Count > MaxParts) throw new InvalidOperationException($"Ticket {ticket.Id} is too large to store ({parts.Count} parts of {PartLength} characters).");
        var idParts = ticket.Id.Split('-');
        var entity = new TableEntity(idParts[1], ticket.Id)
        {
            ["Kind"] = Kind,
            ["Number"] = int.Parse(idParts[2], CultureInfo.InvariantCulture),
            ["SubmissionId"] = ticket.SubmissionId,
            ["SubmitterId"] = ticket.Submitter.Id,
            ["Status"] = ticket.Status.ToString(),
            ["HasPending"] = ticket.Pending.Count > 0,
            ["Revision"] = ticket.Revision,
            ["CreatedTicks"] = ticket.CreatedAt.UtcTicks,
            ["UpdatedTicks"] = ticket.UpdatedAt.UtcTicks,
            ["BodyParts"] = parts.Count,
        };
        for (var i = 0; i < parts.Count; i++) entity[Body(i)] = parts[i];
        return entity;
    }

    public static Ticket ToTicket(TableEntity entity)
    {
        var count = entity.GetInt32("BodyParts") ?? 0;
        var json = string.Concat(Enumerable.Range(0, count).Select(i => entity.GetString(Body(i))));
        return TicketJson.Deserialize(json);
    }

    private static string Body(int part) => "Body" + part.ToString(CultureInfo.InvariantCulture);

    private static List<string> Split(string text)
    {
        var parts = new List<string>();
        for (var start = 0; start < text.Length;)
        {
            var end = Math.Min(start + PartLength, text.Length);
            // Never cut between the two halves of a surrogate pair (an emoji, say).
            if (end < text.Length && char.IsHighSurrogate(text[end - 1])) end--;
            parts.Add(text[start..end]);
            start = end;
        }
        return parts;
    }
}
