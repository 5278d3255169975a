using System.Text.RegularExpressions;

namespace ChatAssistant.Knowledge.Understanding;

/// <summary>
/// Shorthand staff type on a phone, written out before anything else reads the question: "pak. vadītājs" →
/// "pakalpojuma vadītājs", "pak. pārvaldība" → "pakalpojumu pārvaldība", "norm. akti" → "normatīvie akti",
/// "spec. aktus" → "speciālos aktus", "MK not." → "MK noteikumi", "VARAM'am" → "VARAM", "w/o" → "without". The
/// case of the written-out word follows the word after it where that decides the meaning (a service's manager, not the
/// portfolio's). Text without such shorthand comes back as the same string.
/// </summary>
public static partial class Abbreviations
{
    // "pak." before the portfolio or service management is plural: "pak. kopuma vadītājs", "pak. pārvaldība".
    [GeneratedRegex(@"\bpak\.\s*(?=(kopum|parvald|pārvald|sniegš|sniegs|portf|katalog)\w*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ServicesShort();

    // Elsewhere one service: "pak. vadītājs", "konkrētam pak.", "jaunam pak.". Without the dot only before a role word.
    [GeneratedRegex(@"\bpak\.|\bpak\b(?=\s+(vaditaj|vadītāj|saimniek|saimniec)\w*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ServiceShort();

    [GeneratedRegex(@"\b(?<short>norm|spec)\.\s*(?<noun>akts|akti|aktu|aktus|aktiem|aktos)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AdjectiveShort();

    [GeneratedRegex(@"\bMK\s+not\.", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CabinetRegulations();

    // A Latvian case ending hung on the ministry's abbreviation: "VARAM'am", "VARAM-ā", "VARAMam".
    // Without the apostrophe only in capitals: "varama" is also a Latvian word.
    [GeneratedRegex(@"(?i:\b(varam)['’`-](am|ā|a|u|s)\b)|\b(VARAM)(am|ā)\b", RegexOptions.CultureInvariant)]
    private static partial Regex MinistryWithEnding();

    // English chat shorthand: "w/o these acts", "a ticket w/ VARAM", "ppl". A slash after w is never a word's own.
    [GeneratedRegex(@"\bw/o\b|\bw/\s*(?=\w)|\bppl\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EnglishShort();

    public static string Expand(string text)
    {
        if (string.IsNullOrEmpty(text)) return text;
        var result = text;
        if (result.Contains("pak", StringComparison.OrdinalIgnoreCase))
        {
            result = ServicesShort().Replace(result, "pakalpojumu ");
            result = ServiceShort().Replace(result, "pakalpojuma");
        }
        if (result.Contains('.', StringComparison.Ordinal))
        {
            result = AdjectiveShort().Replace(result, m => Adjective(m.Groups["short"].Value, m.Groups["noun"].Value) + " " + m.Groups["noun"].Value);
            result = CabinetRegulations().Replace(result, "MK noteikumi");
        }
        if (result.Contains("w/", StringComparison.OrdinalIgnoreCase) || result.Contains("ppl", StringComparison.OrdinalIgnoreCase))
        {
            result = EnglishShort().Replace(result, m => m.Value.TrimEnd().ToLowerInvariant() switch { "w/o" => "without", "ppl" => "people", _ => "with " });
        }
        if (result.Contains("varam", StringComparison.OrdinalIgnoreCase)) result = MinistryWithEnding().Replace(result, m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[3].Value);
        return result == text ? text : result;
    }

    /// <summary>The adjective in the case of its noun: "normatīvie akti", "normatīvo aktu", "speciālos aktus".</summary>
    private static string Adjective(string shortForm, string noun)
    {
        var stem = shortForm.Equals("norm", StringComparison.OrdinalIgnoreCase) ? "normatīv" : "speciāl";
        return stem + noun.ToLowerInvariant() switch
        {
            "akts" => "ais",
            "akti" => "ie",
            "aktu" => "o",
            "aktus" => "os",
            "aktiem" => "ajiem",
            _ => "ajos",
        };
    }
}
