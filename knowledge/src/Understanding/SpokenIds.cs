using System.Text.RegularExpressions;

namespace ChatAssistant.Knowledge.Understanding;

/// <summary>
/// Task and condition IDs as a phone's dictation writes them: "pu divi septiņi" → "pu2-7", "list the pu three tasks"
/// → "pu3", "en viens četri" → "n1-4". Over the folded question; text without such words comes back as it was.
/// </summary>
internal static partial class SpokenIds
{
    private static readonly Dictionary<string, int> Numbers = new(StringComparer.Ordinal)
    {
        ["viens"] = 1, ["viena"] = 1, ["one"] = 1,
        ["divi"] = 2, ["two"] = 2,
        ["tris"] = 3, ["three"] = 3,
        ["cetri"] = 4, ["four"] = 4,
        ["pieci"] = 5, ["five"] = 5,
        ["sesi"] = 6, ["six"] = 6,
        ["septini"] = 7, ["seven"] = 7,
        ["astoni"] = 8, ["eight"] = 8,
        ["devini"] = 9, ["nine"] = 9,
        ["desmit"] = 10, ["ten"] = 10,
        ["vienpadsmit"] = 11, ["eleven"] = 11,
        ["divpadsmit"] = 12, ["twelve"] = 12,
        ["trispadsmit"] = 13, ["thirteen"] = 13,
        ["cetrpadsmit"] = 14, ["fourteen"] = 14,
        ["piecpadsmit"] = 15, ["fifteen"] = 15,
        ["sespadsmit"] = 16, ["sixteen"] = 16,
        ["septinpadsmit"] = 17, ["seventeen"] = 17,
    };

    private const string Group = "viens|viena|one|divi|two|tris|three";
    private const string Number = "viens|viena|one|divi|two|tris|three|cetri|four|pieci|five|sesi|six|septini|seven|astoni|eight|devini|nine|desmit|ten|vienpadsmit|eleven|divpadsmit|twelve|trispadsmit|thirteen|cetrpadsmit|fourteen|piecpadsmit|fifteen|sespadsmit|sixteen|septinpadsmit|seventeen";

    [GeneratedRegex($@"\b(?<kind>pu|en)\s+(?<group>{Group})(\s+(?<item>{Number}))?\b")]
    private static partial Regex Spoken();

    public static string Normalise(string folded) =>
        !folded.Contains("pu ", StringComparison.Ordinal) && !folded.Contains("en ", StringComparison.Ordinal) ? folded
        : Spoken().Replace(folded, m =>
        {
            var group = Numbers[m.Groups["group"].Value];
            var item = m.Groups["item"].Success ? Numbers[m.Groups["item"].Value] : (int?)null;
            // A condition needs both numbers ("en viens četri"); "en" alone is an ordinary word.
            if (m.Groups["kind"].Value == "en") return item is null ? m.Value : $"n{group}-{item}";
            return item is null ? $"pu{group}" : $"pu{group}-{item}";
        });
}
