using ChatAssistant.Cards.Escalation;
using ChatAssistant.Knowledge.Model;

namespace ChatAssistant.Cards.Tests;

/// <summary>Tickets in each state, and escalation forms blank and with errors, for the card tests.</summary>
public static class SampleTickets
{
    private static readonly DateTimeOffset At = DateTimeOffset.Parse("2026-12-01T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

    public static TicketView In(TicketState state, Language language = Language.Lv) => new(
        "VARAM-2026-0042", state,
        "Vai jaunajā pakalpojumu likumā būs prasība pēc ietekmes novērtējuma?",
        "Valsts ieņēmumu dienests", "Pakalpojuma vadītājs", "Pakalpojumu likums", state == TicketState.New,
        "Pēteris Kalniņš", "+371 2000 0000", "Palīdzības Dienests",
        state == TicketState.New ? null : "Anna Konsultante",
        state is TicketState.Answered or TicketState.Closed ? "Jā, būs obligāts." : null,
        3, At, At.AddHours(2),
        [new TicketHistoryLine(At, "iesniegts", "Palīdzības Dienests"), new TicketHistoryLine(At.AddHours(1), "uzņēmās", "Anna Konsultante")],
        language);

    public static EscalationFormView Form(Language language, bool withErrors) => new(
        "sid-1", "answer", language,
        new Dictionary<string, string> { ["question"] = "cik maksā e-paraksts?", ["contact"] = withErrors ? "nav" : "" },
        [("service-owner", "Pakalpojuma vadītājs"), ("resource-owner", "Resursa vadītājs")],
        withErrors ? new Dictionary<string, string> { ["contact"] = "Norādiet e-pasta adresi vai tālruņa numuru.", ["institution"] = "Norādiet iestādi." } : new Dictionary<string, string>());
}
