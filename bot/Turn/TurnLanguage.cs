using ChatAssistant.Cards;
using ChatAssistant.Knowledge.Model;
using ChatAssistant.Knowledge.Understanding;

namespace ChatAssistant.Bot.Turn;

/// <summary>The language to reply in: that of the text, else the one a card button carries, else the Teams locale.</summary>
public static class TurnLanguage
{
    public static Language Of(string? locale, string? text, CardSubmit? submit = null)
    {
        if (LanguageCode.FromCode(submit?.Field(CardFields.Language)) is { } carried) return carried;
        return string.IsNullOrWhiteSpace(text)
            ? LanguageDetector.FromLocale(locale)
            : LanguageDetector.Detect(text, locale);
    }
}
