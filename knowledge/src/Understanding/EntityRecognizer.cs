using System.Text.RegularExpressions;
using ChatAssistant.Knowledge.Model;
using ChatAssistant.Knowledge.Search;

namespace ChatAssistant.Knowledge.Understanding;

/// <summary>
/// Finds the roles, phase, task IDs, conditions and legal acts a question names. Role names are matched on folded
/// words where every word but the last must be exact, because Latvian inflects only the head noun
/// ("Pakalpojumu kopuma vadītājam") and the modifiers tell the portfolio roles from the single ones.
/// </summary>
internal sealed partial class EntityRecognizer
{
    [GeneratedRegex(@"\bpu\s*([1-9])\s*[-–.]?\s*(\d{1,2})\b")]
    private static partial Regex TaskId();

    [GeneratedRegex(@"\bn\s*([1-9])\s*[-–.]\s*(\d{1,2})\b")]
    private static partial Regex ConditionId();

    private readonly List<(string Id, string[] Words)> roleNames;
    private readonly List<(string Id, string[] Words)> phaseNames;
    private readonly List<(string Id, string[] Words)> actNames;
    private readonly HashSet<string> conditionIds;

    private static readonly (string Kind, string[] Prefixes)[] DutyVerbs =
    [
        ("identify", ["apzin", "identif", "noskaidr", "determin", "which acts are needed"]),
        ("develop", ["izstrad", "draft", "develop", "prepar", "sagatav", "izveid", "create", "write", "rakst", "koordine", "coordinat", "new act", "jaun"]),
        ("amend", ["grozi", "izmain", "amend", "change", "papildin", "modif", "updat", "aktualiz", "adapt", "pielago"]),
    ];

    public EntityRecognizer(Glossary glossary)
    {
        roleNames = glossary.Roles
            .SelectMany(r => new[] { r.Name.Lv, r.Name.En, r.Holder.Lv, r.Holder.En }.Concat(r.Aliases.Lv).Concat(r.Aliases.En).Select(n => (r.Id, TextFolding.Words(n))))
            .Where(n => n.Item2.Length > 0)
            .OrderByDescending(n => n.Item2.Length)
            .ToList();
        phaseNames = glossary.Phases
            .SelectMany(p => p.Aliases.Lv.Concat(p.Aliases.En).Append(p.Id).Select(n => (p.Id, TextFolding.Words(n))))
            .Where(n => n.Item2.Length > 0)
            .ToList();
        actNames = glossary.LegalActs
            .SelectMany(a => new[] { a.Name.Lv, a.Name.En }.Concat(a.Aliases.Lv).Concat(a.Aliases.En).Select(n => (a.Id, TextFolding.Words(n))))
            .Where(n => n.Item2.Length > 0)
            .OrderByDescending(n => n.Item2.Length)
            .ToList();
        conditionIds = glossary.Conditions.Select(c => c.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<string> Roles(string[] words) => MatchNames(words, roleNames);

    public string? Phase(string[] words) => MatchNames(words, phaseNames).FirstOrDefault();

    public IReadOnlyList<string> LegalActs(string[] words)
    {
        var found = MatchNames(words, actNames).ToList();
        // A bare regulation number ("399") names the act whose name holds it.
        foreach (var (id, name) in actNames)
        {
            if (name.Any(w => w.All(char.IsDigit) && words.Contains(w)) && !found.Contains(id)) found.Add(id);
        }
        return found;
    }

    public static IReadOnlyList<string> Tasks(string folded) =>
        TaskId().Matches(folded).Select(m => $"PU{m.Groups[1].Value}-{int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)}").Distinct().ToList();

    public IReadOnlyList<string> Conditions(string folded) =>
        ConditionId().Matches(folded).Select(m => $"N{m.Groups[1].Value}-{m.Groups[2].Value}").Where(conditionIds.Contains).Distinct().ToList();

    public static string? DutyKind(string folded) =>
        DutyVerbs.FirstOrDefault(v => v.Prefixes.Any(p => folded.Contains(p, StringComparison.Ordinal))).Kind;

    /// <summary>Longest names first; a matched stretch of words is not matched again by a shorter name.</summary>
    private static IReadOnlyList<string> MatchNames(string[] words, List<(string Id, string[] Words)> names)
    {
        var used = new bool[words.Length];
        var found = new List<string>();
        foreach (var (id, name) in names)
        {
            for (var start = 0; start + name.Length <= words.Length; start++)
            {
                if (Enumerable.Range(start, name.Length).Any(i => used[i]) || !Matches(words, start, name)) continue;
                for (var i = start; i < start + name.Length; i++) used[i] = true;
                if (!found.Contains(id)) found.Add(id);
            }
        }
        return found;
    }

    private static bool Matches(string[] words, int start, string[] name)
    {
        for (var i = 0; i < name.Length - 1; i++)
        {
            if (words[start + i] != name[i]) return false;
        }
        return SameHead(words[start + name.Length - 1], name[^1]);
    }

    /// <summary>The head noun may be inflected: vadītājs, vadītāja, vadītājam; manager, managers.</summary>
    private static bool SameHead(string word, string head)
    {
        if (word == head) return true;
        var stem = head.Length > 4 ? head[..^Math.Min(2, head.Length - 4)] : head;
        return word.StartsWith(stem, StringComparison.Ordinal) && word.Length <= head.Length + 3;
    }
}
