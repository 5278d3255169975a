using System.Globalization;
using System.Text.Json.Nodes;
using ChatAssistant.Knowledge.Model;
using static ChatAssistant.Cards.AdaptiveCard;

namespace ChatAssistant.Cards.Escalation;

/// <summary>One delivery the outbox still has to make, as the admins' card lists it.</summary>
public sealed record PendingDeliveryLine(string TicketId, string Kind, int Attempts, DateTimeOffset NextAttemptAt, string? LastError);

/// <summary>
/// The admins' "pending deliveries" card: what waits, why, and when it is tried next, with a button per ticket that
/// makes its deliveries due now. As many tickets as fit the card budget; the rest are counted (all of them are in
/// <c>GET /admin/deliveries</c>).
/// </summary>
public static class PendingDeliveriesCardBuilder
{
    public const string RetryAction = "delivery.retry";

    public static JsonObject RetryData(string ticketId) =>
        new() { [CardActions.ActionField] = RetryAction, [CardActions.VersionField] = CardActions.Version, ["id"] = ticketId };

    public static JsonObject Build(IReadOnlyList<PendingDeliveryLine> lines, Language language, string? notice = null)
    {
        var body = new List<JsonNode> { TextBlock(Title.In(language), weight: TextWeight.Bolder, size: TextSize.Medium) };
        if (notice is not null) body.Add(UserText.Block(notice, color: TextColor.Warning));
        if (lines.Count == 0)
        {
            body.Add(TextBlock(NothingPending.In(language)));
            return Card([.. body]);
        }
        var tickets = lines.GroupBy(l => l.TicketId).ToList();
        var shown = CardBudget.Fill(body, [], tickets.Select(t => Item(t.Key, [.. t], language)));
        CardBudget.SayWhatWasLeftOut(body, shown, tickets.Count, Rest, language);
        return Card([.. body]);
    }

    private static IReadOnlyList<JsonNode> Item(string ticketId, IReadOnlyList<PendingDeliveryLine> deliveries, Language language)
    {
        var item = new List<JsonNode> { TextBlock(ticketId, weight: TextWeight.Bolder, separator: true) };
        item.AddRange(deliveries.Select(d => TextBlock(string.Format(CultureInfo.InvariantCulture, Line.In(language),
            d.Kind, d.Attempts, d.NextAttemptAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture), d.LastError ?? "-"),
            size: TextSize.Small, spacing: Spacing.None)));
        item.Add(ActionSet([Submit(Retry.In(language), RetryData(ticketId).InLanguage(language))], Spacing.Small));
        return item;
    }

    public static readonly Text Title = new("Neizsūtītie paziņojumi", "Pending deliveries");
    public static readonly Text NothingPending = new("Visi paziņojumi ir nosūtīti.", "Everything has been delivered.");
    private static readonly Text Line = new("{0} · mēģinājumi: {1} · nākamais: {2} · {3}", "{0} · attempts: {1} · next: {2} · {3}");
    private static readonly Text Retry = new("Sūtīt tagad", "Send now");
    private static readonly Text Rest = new("Visus rāda GET /admin/deliveries.", "GET /admin/deliveries lists them all.");
    public static readonly Text RetryQueued = new("Pieteikuma {0} paziņojumi tiks sūtīti tūlīt.", "The deliveries of ticket {0} are being sent now.");
    public static readonly Text NothingToRetry = new("Pieteikumam {0} nekas negaida.", "Nothing waits for ticket {0}.");
}
