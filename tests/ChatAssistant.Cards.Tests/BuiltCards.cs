using System.Text.Json.Nodes;
using ChatAssistant.Cards.Checklists;
using ChatAssistant.Cards.ComposeSearch;
using ChatAssistant.Cards.Escalation;
using ChatAssistant.Knowledge.Model;

namespace ChatAssistant.Cards.Tests;

/// <summary>Every card the builders make, by name, so schema and payload checks cover them all.</summary>
public static class BuiltCards
{
    public static IReadOnlyDictionary<string, Func<JsonObject>> All { get; } = Build();

    public static TheoryData<string> Names() => [.. All.Keys];

    private static Dictionary<string, Func<JsonObject>> Build()
    {
        var cards = new Dictionary<string, Func<JsonObject>>();
        foreach (var (name, answer) in SampleAnswers.All)
        {
            cards["answer:" + name] = () => AnswerCardBuilder.Build(answer);
            cards["shared-answer:" + name] = () => SharedAnswerCardBuilder.Build(answer);
        }
        foreach (var language in Enum.GetValues<Language>())
        {
            cards["welcome:" + language] = () => WelcomeCardBuilder.Build(language);
            cards["help:" + language] = () => HelpCardBuilder.Build(language);
        }
        cards["message"] = () => MessageCardBuilder.Build("Paldies!", "Paldies par atsauksmi! Satura redaktori to redzēs.");
        foreach (var language in Enum.GetValues<Language>())
        {
            var checklist = SampleChecklists.ServiceManager;
            cards["checklist:" + language] = () => ChecklistCardBuilder.Build(new ChecklistView(checklist, "Noteikumi par e-pakalpojumu X", "user-1",
                new HashSet<string> { "duty.identify", "step.before.identify-needed" }, language, "Saglabāts."));
            cards["role-picker:" + language] = () => RolePickerCardBuilder.Build(SampleChecklists.Roles, language);
            cards["my-checklists:" + language] = () => MyChecklistsCardBuilder.Build(
                [new ChecklistSummary("PU2-6", checklist.Role, "Akts A", 3, 10, DateTimeOffset.Parse("2026-11-28T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture))], language);
            cards["my-checklists-empty:" + language] = () => MyChecklistsCardBuilder.Build([], language);
        }
        foreach (var language in Enum.GetValues<Language>())
        {
            cards["escalation-form:" + language] = () => EscalationFormCardBuilder.Build(SampleTickets.Form(language, withErrors: false));
            cards["escalation-form-errors:" + language] = () => EscalationFormCardBuilder.Build(SampleTickets.Form(language, withErrors: true));
            foreach (var state in Enum.GetValues<TicketState>())
                cards[$"ticket-{state}:{language}"] = () => TicketCardBuilder.Build(SampleTickets.In(state, language), state == TicketState.Assigned ? "Notice" : null);
            cards["ticket-receipt:" + language] = () => TicketReplyCardBuilder.Receipt(SampleTickets.In(TicketState.New, language));
            cards["ticket-answer:" + language] = () => TicketReplyCardBuilder.Answer(SampleTickets.In(TicketState.Answered, language));
            cards["ticket-closed:" + language] = () => TicketReplyCardBuilder.Closed(SampleTickets.In(TicketState.Closed, language));
            cards["my-tickets:" + language] = () => MyTicketsCardBuilder.Build([SampleTickets.In(TicketState.New, language), SampleTickets.In(TicketState.Answered, language)], language);
            cards["my-tickets-empty:" + language] = () => MyTicketsCardBuilder.Build([], language);
            cards["pending-deliveries:" + language] = () => PendingDeliveriesCardBuilder.Build([new PendingDeliveryView("VARAM-2026-0042", "ChannelCard", 3, DateTimeOffset.Parse("2026-12-01T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture), "http-403")], language, "Notice");
            cards["pending-deliveries-empty:" + language] = () => PendingDeliveriesCardBuilder.Build([], language);
        }
        return cards;
    }
}
