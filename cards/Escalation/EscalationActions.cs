using System.Text.Json.Nodes;

namespace ChatAssistant.Cards.Escalation;

/// <summary>Payloads of the escalation form and the ticket cards. Ticket buttons carry the workflow step the card shows ("rev").</summary>
public static class EscalationActions
{
    public const string Submit = "escalate.submit";
    public const string Claim = "ticket.claim";
    public const string Answer = "ticket.answer";
    public const string Close = "ticket.close";
    public const string Reopen = "ticket.reopen";
    public const string Mine = "ticket.mine";

    public static class Inputs
    {
        public const string Question = "question";
        public const string Institution = "institution";
        public const string Role = "role";
        public const string Subject = "subject";
        public const string Urgency = "urgency";
        public const string OnBehalfOf = "onBehalfOf";
        public const string Contact = "contact";
        public const string Answer = "answer";

        public static readonly string[] Form = [Question, Institution, Role, Subject, Urgency, OnBehalfOf, Contact];
    }

    public const string OtherRole = "other";
    public const string UrgencyNormal = "normal";
    public const string UrgencyUrgent = "urgent";

    public static JsonObject SubmitData(string submissionId, string origin) => new()
    {
        [CardActions.ActionField] = Submit,
        [CardActions.VersionField] = CardActions.Version,
        ["sid"] = submissionId,
        ["origin"] = origin,
    };

    public static JsonObject TicketData(string action, string ticketId, int step) => new()
    {
        [CardActions.ActionField] = action,
        [CardActions.VersionField] = CardActions.Version,
        ["id"] = ticketId,
        ["rev"] = step,
    };

    public static JsonObject MineData() => new() { [CardActions.ActionField] = Mine, [CardActions.VersionField] = CardActions.Version };

    public static bool IsTicketCommand(string action) => action is Claim or Answer or Close or Reopen;
}
