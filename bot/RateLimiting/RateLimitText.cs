using ChatAssistant.Knowledge.Model;

namespace ChatAssistant.Bot.RateLimiting;

internal static class RateLimitText
{
    public static readonly Text TooFast = new(
        "Jūs sūtāt ziņas pārāk ātri. Lūdzu, pagaidiet dažas sekundes un mēģiniet vēlreiz.",
        "You're sending messages too quickly. Please wait a few seconds and try again.");

    public static readonly Text TooFastTitle = new("Pārāk ātri", "Too quickly");
}
