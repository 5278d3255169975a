using System.Globalization;
using System.Text.Json.Nodes;
using static ChatAssistant.Cards.AdaptiveCard;
using ChatAssistant.Cards.Strings;

namespace ChatAssistant.Cards.Escalation;

/// <summary>
/// The ticket as the consultation channel sees it, with everything a consultant needs, and the buttons its status
/// allows. Buttons are Universal Actions, so the card the bot returns replaces this one for everyone in the channel;
/// clients without them send the same payload as a submit.
/// </summary>
public static class TicketCardBuilder
{
    private const int HistoryLines = 6;

    public static JsonObject Build(TicketView ticket, string? notice = null)
    {
        var language = ticket.Language;
        var body = new List<JsonNode>
        {
            TextBlock($"{EscalationText.Ticket.In(language)} {ticket.Id}", weight: TextWeight.Bolder, size: TextSize.Large),
            TextBlock(StatusLine(ticket), color: StatusColor(ticket), weight: TextWeight.Bolder, spacing: Spacing.None),
        };
        if (notice is not null) body.Add(UserText.Block(notice, color: TextColor.Warning));
        body.Add(UserText.Block(ticket.Question, separator: true));

        var facts = new List<(string, string)>
        {
            (EscalationText.Institution.In(language), ticket.Institution),
            (EscalationText.AskerRole.In(language), ticket.AskerRole),
        };
        if (ticket.Subject.Length > 0) facts.Add((EscalationText.Subject.In(language), ticket.Subject));
        facts.Add((EscalationText.Requester.In(language), $"{ticket.RequesterName}, {ticket.Contact}"));
        if (ticket.SubmitterName is not null) facts.Add((EscalationText.SubmittedBy.In(language), ticket.SubmitterName));
        if (ticket.AssigneeName is not null) facts.Add((EscalationText.Assignee.In(language), ticket.AssigneeName));
        facts.Add((EscalationText.Created.In(language), Time(ticket.CreatedAt)));
        body.AddRange(facts.Select((f, i) => UserText.Labelled(f.Item1, f.Item2, i == 0 ? Spacing.Default : Spacing.None)));

        if (ticket.Answer is not null)
        {
            body.Add(TextBlock(EscalationText.AnswerLabel.In(language), weight: TextWeight.Bolder, separator: true));
            body.Add(UserText.Block(ticket.Answer, spacing: Spacing.None));
        }
        if (ticket.State is TicketState.New or TicketState.Assigned)
        {
            body.Add(new JsonObject
            {
                ["type"] = "Input.Text",
                ["id"] = EscalationActions.Inputs.Answer,
                ["label"] = EscalationText.AnswerLabel.In(language),
                ["placeholder"] = EscalationText.AnswerPlaceholder.In(language),
                ["isMultiline"] = true,
                ["maxLength"] = EscalationFormCardBuilder.MaxQuestionLength,
            });
        }

        body.Add(TextBlock(EscalationText.History.In(language), weight: TextWeight.Bolder, separator: true));
        body.AddRange(ticket.History.TakeLast(HistoryLines).Select(h => UserText.Block($"{Time(h.At)} · {h.Actor} · {h.Event}", isSubtle: true, spacing: Spacing.None, size: TextSize.Small)));

        return CardBudget.Fit(Card(body, Buttons(ticket)).FullWidth());
    }

    private static List<JsonNode> Buttons(TicketView ticket)
    {
        var language = ticket.Language;
        return ticket.State switch
        {
            TicketState.New =>
            [
                Execute(EscalationText.Claim.In(language), EscalationActions.Claim, ticket),
                Execute(EscalationText.SendAnswer.In(language), EscalationActions.Answer, ticket, ActionStyle.Positive),
                Execute(EscalationText.Close.In(language), EscalationActions.Close, ticket),
            ],
            TicketState.Assigned =>
            [
                Execute(EscalationText.SendAnswer.In(language), EscalationActions.Answer, ticket, ActionStyle.Positive),
                Execute(EscalationText.Close.In(language), EscalationActions.Close, ticket),
            ],
            TicketState.Answered =>
            [
                Execute(EscalationText.Close.In(language), EscalationActions.Close, ticket),
                Execute(EscalationText.Reopen.In(language), EscalationActions.Reopen, ticket),
            ],
            _ => [Execute(EscalationText.Reopen.In(language), EscalationActions.Reopen, ticket)],
        };
    }

    internal static JsonObject Execute(string title, string verb, TicketView ticket, ActionStyle style = ActionStyle.Default) =>
        AdaptiveCard.Execute(title, verb, EscalationActions.TicketData(verb, ticket.Id, ticket.Step).InLanguage(ticket.Language), style);

    internal static string StatusLine(TicketView ticket) =>
        $"{EscalationText.Status.In(ticket.Language)}: {EscalationText.StatusName(ticket.State).In(ticket.Language)}" +
        (ticket.Urgent ? $" · {EscalationText.UrgencyUrgent.In(ticket.Language)}" : "");

    private static TextColor StatusColor(TicketView ticket) => ticket.State switch
    {
        TicketState.New => TextColor.Attention,
        TicketState.Assigned => TextColor.Warning,
        _ => TextColor.Good,
    };

    /// <summary>UTC with the zone named: consultants and askers may read the card in different places.</summary>
    internal static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
