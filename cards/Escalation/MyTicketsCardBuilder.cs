using System.Text.Json.Nodes;
using ChatAssistant.Knowledge.Model;
using static ChatAssistant.Cards.AdaptiveCard;
using ChatAssistant.Cards.Strings;

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
        // Answers are cut to a preview and the list to what fits a Teams message; "pieteikums <ID>" shows one whole.
        var shown = CardBudget.Fill(body, [], tickets.Take(MaxShown).Select(ticket => Item(ticket, language)));
        CardBudget.SayWhatWasLeftOut(body, shown, tickets.Count, EscalationText.ListShowOne, language);
        return Card([.. body]).FullWidth();
    }

    private static List<JsonNode> Item(TicketView ticket, Language language)
    {
        var item = new List<JsonNode>
        {
            TextBlock($"{ticket.Id} · {EscalationText.StatusName(ticket.State).In(language)}", weight: TextWeight.Bolder, separator: true),
            UserText.Block(Preview(ticket.Question), spacing: Spacing.None),
            TextBlock($"{EscalationText.Updated.In(language)}: {TicketCardBuilder.Time(ticket.UpdatedAt)}", isSubtle: true, size: TextSize.Small, spacing: Spacing.None),
        };
        if (ticket.Answer is not null)
        {
            item.Add(UserText.Block($"{EscalationText.AnswerLabel.In(language)}: {CardBudget.Preview(ticket.Answer, AnswerPreview)}", spacing: Spacing.Small));
            if (ticket.Answer.Length > AnswerPreview)
                item.Add(TextBlock(string.Format(System.Globalization.CultureInfo.InvariantCulture, EscalationText.WholeAnswer.In(language), ticket.Id), isSubtle: true, size: TextSize.Small, spacing: Spacing.None));
        }
        return item;
    }

    private const int AnswerPreview = 400;

    private static string Preview(string question) =>
        question.Length <= QuestionPreview ? question : question[..QuestionPreview].TrimEnd() + "…";
}
