using ChatAssistant.Cards.Escalation;
using ChatAssistant.Knowledge.Model;

namespace ChatAssistant.Cards.Strings;

/// <summary>The escalation form's and the ticket cards' own words, and the bot's words about tickets, in both languages.</summary>
public static class EscalationText
{
    // Form
    public static readonly Text FormTitle = new("Nodot jautājumu VARAM konsultācijai", "Escalate to a VARAM consultation");
    public static readonly Text FormIntro = new(
        "Jautājums un kontaktinformācija tiks saglabāti un nosūtīti VARAM konsultantiem. Atbildi saņemsiet šajā tērzēšanā.",
        "Your question and contact details are stored and sent to VARAM's consultants. The answer will come to this chat.");
    public static readonly Text Question = new("Jautājums", "Question");
    public static readonly Text Institution = new("Iestāde", "Institution");
    public static readonly Text AskerRole = new("Jūsu loma", "Your role");
    public static readonly Text OtherRole = new("Cita loma", "Another role");
    public static readonly Text Subject = new("Pakalpojums vai normatīvais akts (ja attiecas)", "Service or act concerned (if any)");
    public static readonly Text Urgency = new("Steidzamība", "Urgency");
    public static readonly Text UrgencyNormal = new("Parasta", "Normal");
    public static readonly Text UrgencyUrgent = new("Steidzama", "Urgent");
    public static readonly Text OnBehalfOf = new("Jautātājs, ja iesniedzat cita vārdā (vārds, uzvārds)", "Asker, if you submit for someone else (full name)");
    public static readonly Text Contact = new("Kontakts (e-pasts vai tālrunis)", "Contact (email or phone)");
    public static readonly Text Send = new("Nosūtīt", "Send");
    public static readonly Text FixErrors = new("Lūdzu, izlabojiet atzīmētos laukus.", "Please correct the marked fields.");

    // Field errors (the bot checks them too: clients may skip the card's own checks)
    public static readonly Text QuestionRequired = new("Ierakstiet jautājumu.", "Enter the question.");
    public static readonly Text QuestionTooLong = new("Jautājums ir pārāk garš (līdz 4000 zīmēm).", "The question is too long (up to 4000 characters).");
    public static readonly Text InstitutionRequired = new("Norādiet iestādi.", "Enter the institution.");
    public static readonly Text FieldTooLong = new("Pārāk garš teksts (līdz 200 zīmēm).", "Too long (up to 200 characters).");
    public static readonly Text RoleRequired = new("Izvēlieties lomu.", "Choose a role.");
    public static readonly Text UrgencyInvalid = new("Izvēlieties steidzamību.", "Choose the urgency.");
    public static readonly Text ContactInvalid = new("Norādiet e-pasta adresi vai tālruņa numuru.", "Enter an email address or a phone number.");

    // Ticket card
    public static readonly Text Ticket = new("Pieteikums", "Ticket");
    public static readonly Text Status = new("Statuss", "Status");
    public static readonly Text StatusNew = new("jauns", "new");
    public static readonly Text StatusAssigned = new("piešķirts", "assigned");
    public static readonly Text StatusAnswered = new("atbildēts", "answered");
    public static readonly Text StatusClosed = new("slēgts", "closed");
    public static readonly Text Requester = new("Jautātājs", "Asker");
    public static readonly Text SubmittedBy = new("Iesniedza", "Submitted by");
    public static readonly Text Assignee = new("Konsultants", "Consultant");
    public static readonly Text AnswerLabel = new("Atbilde", "Answer");
    public static readonly Text AnswerPlaceholder = new("Konsultanta atbilde jautātājam", "The consultant's answer to the asker");
    public static readonly Text Created = new("Iesniegts", "Submitted");
    public static readonly Text History = new("Vēsture", "History");
    public static readonly Text Claim = new("Uzņemties", "Claim");
    public static readonly Text SendAnswer = new("Nosūtīt atbildi", "Send answer");
    public static readonly Text Close = new("Slēgt", "Close");
    public static readonly Text Reopen = new("Atvērt atkārtoti", "Reopen");
    public static readonly Text ReopenForRequester = new("Atbilde nepalīdzēja — atvērt atkārtoti", "The answer didn't help: reopen");

    // History events
    public static readonly Text EventCreated = new("iesniedza", "submitted");
    public static readonly Text EventAssigned = new("uzņēmās", "claimed");
    public static readonly Text EventAnswered = new("atbildēja", "answered");
    public static readonly Text EventClosed = new("slēdza", "closed");
    public static readonly Text EventReopened = new("atvēra atkārtoti", "reopened");
    public static readonly Text EventPosted = new("publicēts konsultāciju kanālā", "posted to the consultation channel");
    public static readonly Text EventDelivered = new("atbilde nosūtīta jautātājam", "answer sent to the asker");

    // Requester's cards
    public static readonly Text ReceiptTitle = new("Jautājums nodots VARAM konsultācijai", "Your question went to a VARAM consultation");
    public static readonly Text ReceiptText = new(
        "Pieteikums {0} ir saglabāts. Kad konsultants atbildēs, atbildi nosūtīšu šeit. Pieteikumu statusu redzat ar komandu „mani pieteikumi”.",
        "Ticket {0} is stored. When a consultant answers I will send the answer here. Type \"my tickets\" to see your tickets' status.");
    public static readonly Text AnswerTitle = new("VARAM atbilde uz jūsu jautājumu", "VARAM's answer to your question");
    public static readonly Text ClosedTitle = new("Pieteikums slēgts", "Ticket closed");
    public static readonly Text ClosedText = new("Pieteikums {0} ir slēgts.", "Ticket {0} has been closed.");
    public static readonly Text MyTickets = new("Mani pieteikumi", "My tickets");
    public static readonly Text NoTickets = new("Jums vēl nav neviena pieteikuma VARAM konsultācijai.", "You have no tickets for a VARAM consultation yet.");
    public static readonly Text Updated = new("Atjaunināts", "Updated");

    // The bot's words about tickets
    public static readonly Text AlreadyClaimed = new("Šo pieteikumu jau uzņēmās {0}.", "{0} has already claimed this ticket.");
    public static readonly Text WrongStatus = new("Pieteikums jau ir statusā „{0}”, tāpēc šī darbība vairs nav iespējama. Karte ir atjaunināta.", "The ticket is already {0}, so that action no longer applies. The card is up to date now.");
    public static readonly Text EmptyAnswer = new("Ierakstiet atbildi pirms sūtīšanas.", "Write the answer before sending it.");
    public static readonly Text AnswerTooLong = new("Atbilde ir pārāk gara (līdz 4000 zīmēm).", "The answer is too long (up to 4000 characters).");
    public static readonly Text NotAllowed = new(
        "Šo pieteikumu var apstrādāt tikai VARAM konsultāciju kanālā.",
        "This ticket can only be worked in the VARAM consultation channel.");
    public static readonly Text NotFound = new(
        "Pieteikums nav atrasts. Slēgtie pieteikumi pēc glabāšanas termiņa tiek dzēsti.",
        "Ticket not found. Closed tickets are deleted after the retention period.");
    public static readonly Text Reopened = new(
        "Pieteikums {0} atvērts atkārtoti; konsultanti to redz. Atbildi nosūtīšu šeit.",
        "Ticket {0} is reopened and the consultants can see it. I'll send the answer here.");
    public static readonly Text Stale = new(
        "Pieteikums pa to laiku ir mainījies, tāpēc šī darbība netika veikta. Karte ir atjaunināta: pārbaudiet to un mēģiniet vēlreiz.",
        "The ticket changed in the meantime, so that was not done. The card is up to date now: check it and try again.");
    public static readonly Text Busy = new(
        "Pieteikumu tieši tagad maina vēl kāds. Lūdzu, mēģiniet vēlreiz.",
        "Someone else is changing this ticket right now. Please try again.");
    public static readonly Text PersonalChatOnly = new(
        "Pieteikumos ir personas dati, tāpēc ar tiem strādāju tikai personīgajā tērzēšanā. Atveriet tērzēšanu ar mani un ierakstiet „eskalēt” vai „mani pieteikumi”.",
        "Tickets hold personal data, so I handle them only in a personal chat. Open a chat with me and type \"escalate\" or \"my tickets\".");
    public static readonly Text AdminOnly = new("Šī komanda ir tikai administratoriem.", "That command is for admins only.");
    public static readonly Text PendingTitle = new("Neizsūtītie paziņojumi", "Pending deliveries");
    public static readonly Text NothingPending = new("Visi paziņojumi ir nosūtīti.", "Everything has been delivered.");
    public static readonly Text PendingLine = new("{0} · mēģinājumi: {1} · nākamais: {2} · {3}", "{0} · attempts: {1} · next: {2} · {3}");
    public static readonly Text PendingRetry = new("Sūtīt tagad", "Send now");
    public static readonly Text PendingRest = new("Visus rāda GET /admin/deliveries.", "GET /admin/deliveries lists them all.");
    public static readonly Text RetryQueued = new("Pieteikuma {0} paziņojumi tiks sūtīti tūlīt.", "The deliveries of ticket {0} are being sent now.");
    public static readonly Text NothingToRetry = new("Pieteikumam {0} nekas negaida nosūtīšanu.", "Nothing waits for ticket {0}.");

    public static Text StatusName(TicketState state) => state switch
    {
        TicketState.New => StatusNew,
        TicketState.Assigned => StatusAssigned,
        TicketState.Answered => StatusAnswered,
        _ => StatusClosed,
    };

    /// <summary>Under "my tickets" when not all fit the card, and under an answer cut short there.</summary>
    public static readonly Text ListShowOne = new("Vienu pieteikumu rāda „pieteikums <ID>”.", "\"ticket <ID>\" shows one ticket.");
    public static readonly Text WholeAnswer = new("Visu atbildi rāda „pieteikums {0}”.", "The whole answer: \"ticket {0}\".");
}
