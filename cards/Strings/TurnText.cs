using ChatAssistant.Knowledge.Model;

namespace ChatAssistant.Cards.Strings;

/// <summary>What the bot says about a turn itself, whatever the feature: an apology, a stale button, a cancel, a rate limit.</summary>
public static class TurnText
{
    public static readonly Text Apology = new(
        "Atvainojiet, kaut kas nogāja greizi, un es nevarēju atbildēt. Lūdzu, mēģiniet vēlreiz.",
        "Sorry, something went wrong and I couldn't answer. Please try again.");

    public static readonly Text ApologyTitle = new("Atvainojiet", "Sorry");

    /// <summary>To a stranger: another channel or another tenant (the bot says nothing more).</summary>
    public static readonly Text OnlyOurTeams = new(
        "Šis asistents darbojas tikai jūsu organizācijas Microsoft Teams.",
        "This assistant works only in your organisation's Microsoft Teams.");

    public static readonly Text UnknownButton = new(
        "Šī poga vairs nav derīga. Lūdzu, uzdodiet jautājumu vēlreiz.",
        "That button is no longer valid. Please ask your question again.");

    public static readonly Text UnknownButtonTitle = new("Poga nav derīga", "Invalid button");

    public static readonly Text Cancelled = new("Labi, pārtraucu.", "OK, cancelled.");

    public static readonly Text TooFast = new(
        "Jūs sūtāt ziņas pārāk ātri. Lūdzu, pagaidiet dažas sekundes un mēģiniet vēlreiz.",
        "You're sending messages too quickly. Please wait a few seconds and try again.");

    public static readonly Text TooFastTitle = new("Pārāk ātri", "Too quickly");

    /// <summary>Under a list cut to fit a card: how many of how many are shown (the feature adds how to reach the rest).</summary>
    public static readonly Text ListShown = new("Parādīti {0} no {1}.", "Showing {0} of {1}.");
}
