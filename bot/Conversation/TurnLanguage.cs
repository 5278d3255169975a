using ChatAssistant.Knowledge.Model;
using ChatAssistant.Knowledge.Understanding;

namespace ChatAssistant.Bot.Conversation;

/// <summary>The language to reply in: that of the text, else the one a card button carries, else the Teams locale.</summary>
internal static class TurnLanguage
{
    public static Language Of(string? locale, string? text, CardSubmit? submit = null)
    {
        var carried = submit?.Field("lang");
        if (carried is "lv") return Language.Lv;
        if (carried is "en") return Language.En;
        return string.IsNullOrWhiteSpace(text)
            ? LanguageDetector.FromLocale(locale)
            : LanguageDetector.Detect(text, locale);
    }
}
