using ChatAssistant.Knowledge.Model;
using ChatAssistant.Knowledge.Search;

namespace ChatAssistant.Knowledge.Understanding;

/// <summary>
/// Tells Latvian from English by the text first (diacritics, then common words), and by the locale of the
/// person's client only when the text does not say, e.g. for a bare task ID.
/// </summary>
public static class LanguageDetector
{
    private static readonly HashSet<string> LatvianWords =
    [
        "kas", "kam", "ko", "kads", "kada", "kadi", "kadas", "kadu", "kurs", "kura", "kuri", "ir", "par", "un", "vai",
        "uz", "no", "ar", "ka", "pec", "pirms", "jadara", "javeic", "veic", "izstrada", "uzdevums", "uzdevuma",
        "pienakumi", "atbildigs", "normativos", "normativie", "aktus", "akti", "aktu", "pakalpojuma", "pakalpojumu",
        "resursa", "resursu", "vaditajs", "vaditaja", "vaditajam", "saimnieks", "soli", "darbibas", "rezultats",
        "kompetences", "nosacijumi", "likums", "noteikumi", "limeni", "merogi", "sistemas", "kapec", "cik", "ludzu",
        "izmainas", "konsultet", "saistitie", "uzdevumi", "kontrolsaraksts", "kontrolsaraksti", "kontrolsarakstu", "palidziba",
        "sveiki", "labdien", "paldies", "mani", "manus", "mans", "mana", "eskalet", "atcelt", "jus", "es",
        // Everyday words of a Latvian message that borrows English terms: "uztaisi checklist pls".
        "uztaisi", "iedod", "paradi", "dod", "gribu", "gribetu", "vajag", "vajadzetu", "man", "mums", "lai", "tas", "tagad",
        "jau", "kur", "kad", "bet", "ari", "vel", "musu", "savu", "sis", "saja",
    ];

    private static readonly HashSet<string> EnglishWords =
    [
        "who", "what", "which", "how", "is", "are", "the", "of", "for", "to", "does", "do", "a", "an", "and", "in",
        "responsible", "duties", "steps", "before", "after", "while", "during", "act", "acts", "regulation", "task",
        "service", "resource", "manager", "owner", "results", "benefits", "threats", "competences", "resources",
        "levels", "scales", "conditions", "related", "law", "laws", "should", "must", "need", "needed", "help", "hello",
        "thanks", "please", "draft", "drafts", "drafting", "develop", "new", "existing", "changes", "expected",
        "my", "checklist", "checklists", "cancel", "escalate",
    ];

    public static Language Detect(string text, string? locale)
    {
        if (text.Any(c => "āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ".Contains(c))) return Language.Lv;
        var words = TextFolding.Words(text);
        var lv = words.Count(LatvianWords.Contains);
        var en = words.Count(EnglishWords.Contains);
        if (lv != en) return lv > en ? Language.Lv : Language.En;
        return FromLocale(locale);
    }

    /// <summary>Latvian for Latvian or unknown locales (our users are Latvian staff); English for any other locale.</summary>
    public static Language FromLocale(string? locale) =>
        string.IsNullOrWhiteSpace(locale) || locale.StartsWith("lv", StringComparison.OrdinalIgnoreCase) ? Language.Lv : Language.En;
}
