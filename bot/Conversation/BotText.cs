using ChatAssistant.Knowledge.Model;

namespace ChatAssistant.Bot.Conversation;

/// <summary>Plain-text replies of the bot, in both languages. Card texts live with the cards.</summary>
internal static class BotText
{
    public static readonly Text Apology = new(
        "Atvainojiet, kaut kas nogāja greizi, un es nevarēju atbildēt. Lūdzu, mēģiniet vēlreiz.",
        "Sorry, something went wrong and I couldn't answer. Please try again.");

    public static readonly Text ApologyTitle = new("Atvainojiet", "Sorry");

    public static readonly Text FeedbackThanks = new(
        "Paldies par atsauksmi! Satura redaktori to redzēs.",
        "Thanks for the feedback! The content editors will see it.");

    public static readonly Text UnknownButton = new(
        "Šī poga vairs nav derīga. Lūdzu, uzdodiet jautājumu vēlreiz.",
        "That button is no longer valid. Please ask your question again.");

    public static readonly Text UnknownButtonTitle = new("Poga nav derīga", "Invalid button");

    public static readonly Text Cancelled = new("Labi, pārtraucu.", "OK, cancelled.");
}
