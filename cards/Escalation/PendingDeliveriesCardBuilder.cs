using System.Globalization;
using System.Text.Json.Nodes;
using ChatAssistant.Cards.Strings;
using ChatAssistant.Knowledge.Model;
using static ChatAssistant.Cards.AdaptiveCard;

namespace ChatAssistant.Cards.Escalation;

/// <summary>One delivery the outbox still has to make, as the admins' card lists it.</summary>
public sealed record PendingDeliveryView(string TicketId, string Kind, int Attempts, DateTimeOffset NextAttemptAt, string? LastError);

/// <summary>
/// The admins' "pending deliveries" card: what waits, why, and when it is tried next, with a button per ticket that
/// makes its deliveries due now. As many tickets as fit the card budget; the rest are counted (all of them are in
/// <c>GET /admin/deliveries</c>).
/// </summary>
public static class PendingDeliveriesCardBuilder
{
    public const string RetryAction = "delivery.retry";

    public static JsonObject RetryData(string ticketId) =>
        new() { [CardFields.Action] = RetryAction, [CardFields.Version] = CardActions.Version, [CardFields.TicketId] = ticketId };

    public static JsonObject Build(IReadOnlyList<PendingDeliveryView> lines, Language language, string? notice = null)
    {
        var body = new List<JsonNode> { TextBlock(EscalationText.PendingTitle.In(language), weight: TextWeight.Bolder, size: TextSize.Medium) };
        if (notice is not null) body.Add(UserText.Block(notice, color: TextColor.Warning));
        if (lines.Count == 0)
        {
            body.Add(TextBlock(EscalationText.NothingPending.In(language)));
            return Card([.. body]);
        }
        var tickets = lines.GroupBy(l => l.TicketId).ToList();
        var shown = CardBudget.Fill(body, [], tickets.Select(t => Item(t.Key, [.. t], language)));
        CardBudget.SayWhatWasLeftOut(body, shown, tickets.Count, EscalationText.PendingRest, language);
        return Card([.. body]);
    }

    private static IReadOnlyList<JsonNode> Item(string ticketId, IReadOnlyList<PendingDeliveryView> deliveries, Language language)
    {
        var item = new List<JsonNode> { TextBlock(ticketId, weight: TextWeight.Bolder, separator: true) };
        item.AddRange(deliveries.Select(d => TextBlock(string.Format(CultureInfo.InvariantCulture, EscalationText.PendingLine.In(language),
            d.Kind, d.Attempts, TicketCardBuilder.Time(d.NextAttemptAt), d.LastError ?? "-"),
            size: TextSize.Small, spacing: Spacing.None)));
        item.Add(ActionSet([Submit(EscalationText.PendingRetry.In(language), RetryData(ticketId).InLanguage(language))], Spacing.Small));
        return item;
    }

}
