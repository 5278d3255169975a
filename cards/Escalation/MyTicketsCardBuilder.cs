using System.Text.Json.Nodes;
using ChatAssistant.Knowledge.Model;
using static ChatAssistant.Cards.AdaptiveCard;

namespace ChatAssistant.Cards.Escalation;

/// <summary>"My tickets": a person's own tickets, newest first, with status and, when there is one, the answer.</summary>
public static class MyTicketsCardBuilder
{
    public const int MaxShown = 20;
    private const int QuestionPreview = 160;

    public static JsonObject Build(IReadOnlyList<TicketView> tickets, Language language)
    {
        var body = new List<JsonNode> { TextBlock(EscalationText.MyTickets.In(language), weight: TextWeight.Bolder, size: TextSize.Large) };
        if (tickets.Count == 0) body.Add(TextBlock(EscalationText.NoTickets.In(language)));
        foreach (var ticket in tickets.Take(MaxShown))
        {
            body.Add(TextBlock($"{ticket.Id} · {EscalationText.StatusName(ticket.State).In(language)}", weight: TextWeight.Bolder, separator: true));
            body.Add(UserText.Block(Preview(ticket.Question), spacing: Spacing.None));
            body.Add(TextBlock($"{EscalationText.Updated.In(language)}: {TicketCardBuilder.Time(ticket.UpdatedAt)}", isSubtle: true, size: TextSize.Small, spacing: Spacing.None));
            if (ticket.Answer is not null) body.Add(UserText.Block($"{EscalationText.AnswerLabel.In(language)}: {ticket.Answer}", spacing: Spacing.Small));
        }
        return Card([.. body]).FullWidth();
    }

    private static string Preview(string question) =>
        question.Length <= QuestionPreview ? question : question[..QuestionPreview].TrimEnd() + "…";
}
