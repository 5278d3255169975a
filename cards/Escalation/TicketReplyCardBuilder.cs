using System.Globalization;
using System.Text.Json.Nodes;
using static ChatAssistant.Cards.AdaptiveCard;
using ChatAssistant.Cards.Strings;

namespace ChatAssistant.Cards.Escalation;

/// <summary>
/// The requester's side of a ticket: the receipt when it is stored, the answer when a consultant gives one, and the
/// notice when it is closed. Shows only what the requester wrote and the answer, never the consultants' notes.
/// </summary>
public static class TicketReplyCardBuilder
{
    public static JsonObject Receipt(TicketView ticket)
    {
        var language = ticket.Language;
        return Card(
            [
                TextBlock(EscalationText.ReceiptTitle.In(language), weight: TextWeight.Bolder, size: TextSize.Medium),
                TextBlock(Format(EscalationText.ReceiptText.In(language), ticket.Id)),
                UserText.Block(ticket.Question, isSubtle: true, separator: true),
                TextBlock(TicketCardBuilder.StatusLine(ticket), isSubtle: true, spacing: Spacing.None),
            ],
            [Submit(EscalationText.MyTickets.In(language), EscalationActions.MineData().InLanguage(language))]).FullWidth();
    }

    /// <summary>The answer; with a <paramref name="notice"/> (after the requester reopened it) the reopen button is gone.</summary>
    public static JsonObject Answer(TicketView ticket, string? notice = null)
    {
        var language = ticket.Language;
        var body = new List<JsonNode>
        {
            TextBlock(EscalationText.AnswerTitle.In(language), weight: TextWeight.Bolder, size: TextSize.Medium),
            TextBlock($"{EscalationText.Ticket.In(language)} {ticket.Id}", isSubtle: true, spacing: Spacing.None),
            TextBlock(EscalationText.Question.In(language), weight: TextWeight.Bolder, separator: true),
            UserText.Block(ticket.Question, spacing: Spacing.None),
            TextBlock(EscalationText.AnswerLabel.In(language), weight: TextWeight.Bolder),
            UserText.Block(ticket.Answer ?? "", spacing: Spacing.None),
        };
        if (ticket.AssigneeName is not null) body.Add(UserText.Block($"{EscalationText.Assignee.In(language)}: {ticket.AssigneeName}", isSubtle: true));
        if (notice is not null)
        {
            body.Add(UserText.Block(notice, color: TextColor.Warning, separator: true));
            return CardBudget.Fit(Card([.. body]).FullWidth());
        }
        return CardBudget.Fit(Card(body, [TicketCardBuilder.Execute(EscalationText.ReopenForRequester.In(language), EscalationActions.Reopen, ticket)]).FullWidth());
    }

    public static JsonObject Closed(TicketView ticket) => Card(
        TextBlock(EscalationText.ClosedTitle.In(ticket.Language), weight: TextWeight.Bolder, size: TextSize.Medium),
        TextBlock(Format(EscalationText.ClosedText.In(ticket.Language), ticket.Id)),
        UserText.Block(ticket.Question, isSubtle: true));

    private static string Format(string template, params object[] args) => string.Format(CultureInfo.InvariantCulture, template, args);
}
