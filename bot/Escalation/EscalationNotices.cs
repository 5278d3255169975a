using ChatAssistant.Knowledge.Model;

namespace ChatAssistant.Bot.Escalation;

/// <summary>The bot's own words about tickets, in both languages.</summary>
internal static class EscalationNotices
{
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
}
