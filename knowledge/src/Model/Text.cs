namespace ChatAssistant.Knowledge.Model;

/// <summary>The two languages the assistant speaks. Latvian is the language of the source material.</summary>
public enum Language
{
    Lv,
    En,
}

/// <summary>A piece of text in both languages. Content files write it as <c>{ lv: ..., en: ... }</c>.</summary>
public sealed record Text(string Lv, string En)
{
    public string In(Language language) => language == Language.Lv ? Lv : En;
}

/// <summary>
/// The two-letter codes of <see cref="Language"/>, as card payloads, stored rows and settings write them. The one
/// place a language becomes "lv" / "en" and back.
/// </summary>
public static class LanguageCode
{
    public const string Latvian = "lv";
    public const string English = "en";

    public static string Code(this Language language) => language == Language.Lv ? Latvian : English;

    /// <summary>The language of an exact code, or null for anything else (no code, another language, another case).</summary>
    public static Language? FromCode(string? code) => code switch
    {
        Latvian => Language.Lv,
        English => Language.En,
        _ => null,
    };
}
