using System.Globalization;
using System.Text.Json.Nodes;
using ChatAssistant.Cards.Strings;
using ChatAssistant.Knowledge.Model;
using static ChatAssistant.Cards.AdaptiveCard;

namespace ChatAssistant.Cards.Escalation;

/// <summary>One delivery the outbox still has to make, as the admins' "pending deliveries" card lists it.</summary>
public sealed record PendingDeliveryView(string TicketId, string Kind, int Attempts, DateTimeOffset NextAttemptAt, string? LastError);

/// <summary>The admins' list of deliveries still waiting in the outbox, one line each.</summary>
public static class PendingDeliveriesCardBuilder
{
    public static JsonObject Build(IReadOnlyList<PendingDeliveryView> pending, Language language)
    {
        var body = new List<JsonNode> { TextBlock(EscalationText.PendingTitle.In(language), weight: TextWeight.Bolder, size: TextSize.Medium) };
        body.AddRange(pending.Count == 0
            ? [TextBlock(EscalationText.NothingPending.In(language))]
            : pending.Select(p => TextBlock(Line(p, language), size: TextSize.Small)));
        return Card([.. body]);
    }

    private static string Line(PendingDeliveryView p, Language language) =>
        string.Format(CultureInfo.InvariantCulture, EscalationText.PendingLine.In(language),
            p.TicketId, p.Kind, p.Attempts, TicketCardBuilder.Time(p.NextAttemptAt), p.LastError ?? "-");
}
