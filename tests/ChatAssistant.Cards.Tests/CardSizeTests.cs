using System.Text.Json.Nodes;
using ChatAssistant.Cards.Checklists;
using ChatAssistant.Cards.Escalation;
using ChatAssistant.Knowledge.Model;

namespace ChatAssistant.Cards.Tests;

/// <summary>
/// Teams refuses a message over about 28 KB. Every card is built here at its worst case (the longest fields the bot
/// accepts, in three-byte characters, and as many list entries as a person could have), and must fit; a list that
/// was cut says so.
/// </summary>
public class CardSizeTests
{
    private static readonly DateTimeOffset At = DateTimeOffset.Parse("2026-12-01T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Three UTF-8 bytes per character: the worst a BMP character costs on the wire.</summary>
    private static string Longest(int length) => new('€', length);

    private static TicketView Ticket(int number, TicketState state) => new(
        $"VARAM-2026-{number:D4}", state, Longest(EscalationFormCardBuilder.MaxQuestionLength), Longest(200), Longest(200), Longest(200), true,
        Longest(200), Longest(200), Longest(200), Longest(200), state is TicketState.Answered or TicketState.Closed ? Longest(EscalationFormCardBuilder.MaxQuestionLength) : null,
        int.MaxValue, At, At, [.. Enumerable.Range(0, 50).Select(i => new TicketHistoryLine(At, "iesniegts", Longest(200)))], Language.Lv);

    public static TheoryData<string> Lists() => ["my-tickets", "my-checklists", "pending-deliveries"];

    private static (JsonObject Card, int Total) WorstList(string name, Language language) => name switch
    {
        "my-tickets" => (MyTicketsCardBuilder.Build([.. Enumerable.Range(1, 60).Select(i => Ticket(i, TicketState.Answered))], language), 60),
        "my-checklists" => (MyChecklistsCardBuilder.Build(
            [.. Enumerable.Range(1, 300).Select(i => new ChecklistSummary("PU2-6", SampleChecklists.ServiceManager.Role, Longest(120), 3, 10, At))], language), 300),
        _ => (PendingDeliveriesCardBuilder.Build(
            [.. Enumerable.Range(1, 2000).SelectMany(i => new[]
            {
                new PendingDeliveryView($"VARAM-2026-{i:D4}", "ChannelCard", int.MaxValue, At, "channel-not-configured"),
                new PendingDeliveryView($"VARAM-2026-{i:D4}", "RequesterNotice", int.MaxValue, At, "http-403"),
            })], language), 2000),
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public void AListAtItsWorstFitsAndSaysWhatItLeftOut(string name)
    {
        foreach (var language in Enum.GetValues<Language>())
        {
            var (card, total) = WorstList(name, language);

            var size = CardBudget.Size(card);
            Assert.True(size <= CardBudget.MaxBytes, $"{name} ({language}) is {size} bytes");
            Assert.Contains(CardJson.Texts(card), t => t.Contains($" no {total}.", StringComparison.Ordinal) || t.Contains($" of {total}.", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void ACutAnswerInMyTicketsSaysHowToSeeItWhole()
    {
        var card = MyTicketsCardBuilder.Build([Ticket(7, TicketState.Answered)], Language.En);

        Assert.Contains(CardJson.Texts(card), t => t.Contains("\"ticket VARAM-2026-0007\"", StringComparison.Ordinal));
    }

    public static TheoryData<string> Singles() => ["ticket-New", "ticket-Assigned", "ticket-Answered", "ticket-Closed", "receipt", "answer", "closed", "checklist", "form"];

    [Theory]
    [MemberData(nameof(Singles))]
    public void EveryOtherCardAtItsWorstFits(string name)
    {
        var card = name switch
        {
            "receipt" => TicketReplyCardBuilder.Receipt(Ticket(1, TicketState.New)),
            "answer" => TicketReplyCardBuilder.Answer(Ticket(1, TicketState.Answered), Longest(200)),
            "closed" => TicketReplyCardBuilder.Closed(Ticket(1, TicketState.Closed)),
            "checklist" => ChecklistCardBuilder.Build(new ChecklistView(SampleChecklists.ServiceManager, Longest(120), Longest(200), new HashSet<string>(), Language.En, Longest(200))),
            "form" => EscalationFormCardBuilder.Build(new EscalationFormView(Longest(64), Longest(32), Language.En,
                EscalationActions.Inputs.Form.ToDictionary(f => f, f => Longest(f == EscalationActions.Inputs.Question ? EscalationFormCardBuilder.MaxQuestionLength : 200)),
                SampleTickets.Form(Language.En, false).Roles, EscalationActions.Inputs.Form.ToDictionary(f => f, f => Longest(100)))),
            _ => TicketCardBuilder.Build(Ticket(1, Enum.Parse<TicketState>(name["ticket-".Length..])), Longest(200)),
        };

        var size = CardBudget.Size(card);
        Assert.True(size <= CardBudget.MaxBytes, $"{name} is {size} bytes");
    }
}
