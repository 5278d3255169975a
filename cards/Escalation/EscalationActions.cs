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
        public const string Question = CardFields.Question;
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

    public static JsonObject SubmitData(string submissionId, string origin) =>
        CardActions.Data(Submit, (CardFields.SubmissionId, submissionId), (CardFields.Origin, origin));

    public static JsonObject TicketData(string action, string ticketId, int step) =>
        CardActions.Data(action, (CardFields.TicketId, ticketId), (CardFields.Revision, step));

    public static JsonObject MineData() => CardActions.Data(Mine);

    public static bool IsTicketCommand(string action) => action is Claim or Answer or Close or Reopen;
}
