using System.Text.RegularExpressions;
using ChatAssistant.Knowledge.Model;
using ChatAssistant.Knowledge.Search;

namespace ChatAssistant.Knowledge.Understanding;

/// <summary>
/// Finds the roles, phase, task IDs, conditions and legal acts a question names. Role names are matched on folded
/// words where every word but the last must be exact, because Latvian inflects only the head noun
/// ("Pakalpojumu kopuma vadītājam") and the modifiers tell the portfolio roles from the single ones.
/// </summary>
public sealed partial class EntityRecognizer
{
    [GeneratedRegex(@"\bpu\s*([1-9])\s*[-–.]?\s*([0-9]{1,2})\b")]
    private static partial Regex TaskId();

    [GeneratedRegex(@"\bn\s*([1-9])\s*[-–.]\s*([0-9]{1,2})\b")]
    private static partial Regex ConditionId();

    private readonly List<(string Id, string[] Words)> roleNames;
    private readonly List<(string Id, string[] Words)> phaseNames;
    private readonly List<(string Id, string[] Words)> actNames;
    private readonly HashSet<string> conditionIds;

    // Amendments are checked first: "coordinates amendments" and "izmaiņu ... izstrāde" are about amending.
    private static readonly (string Kind, string[] Prefixes)[] DutyVerbs =
    [
        ("amend", ["groz", "izmain", " maini", " maina", "jamain", "pamain", " mainam", " mainu", " mainot", "amend", "change", "papildin", "modif", "updat", "aktualiz", "adapt", "pielago", "existing", "esos", "on the books", "already exist", "fix", "labojum", " labot", "jalabo"]),
        ("identify", ["apzin", "izdom", "identif", "noskaidr", "determin", "which acts are needed", "figure", "find out", "finds out", "work out", "works out", "worked out", "scop", "map out", "mapping out", "check what", "check which", "spot", "gap", "missing", "lacking", "trukst", "akti vajadzig", "akti ir vajadzig", "akti nepieciesam", "akti ir nepieciesam"]),
        ("develop", ["izstrad", "draft", "develop", "prepar", "sagatav", "izveid", "create", "write", " rakst", " uzrakst", "new act", "new special", "brand-new", "new reg", "new rules", "new service", "new resource", "new internal", "new legal", "jaun"]),
    ];

    // Words that say the question is about the whole institution (portfolio roles) or about one service or resource.
    private static readonly string[] PortfolioWords = ["koordin", "coordinat", "kopum", "portfolio", "institution", "iestades"];
    private static readonly string[] SectorWords = ["pasvaldib", "municipal", "nozar", "sector", "valsts merog", "visai valstij", "state-wide", "statewide", "nationwide", "national level"];
    private static readonly string[] SingleWords = ["konkret", "specific", "particular", "a single", "individual", "one service", "one resource", "viena pakalpojuma", "viena resursa", "vienam pakalpojumam", "vienam resursam", "vienu pakalpojum", "viens pakalpojum", "vienu resurs", "viens resurss",
        "manu pakalpoj", "savu pakalpoj", "mana pakalpoj", "my service", "our service", "manu resurs", "savu resurs", "my resource", "our resource"];

    private readonly Lucene.Net.Analysis.Analyzer stemmer = new LatvianFoldingAnalyzer();
    private readonly List<(string Id, string[] Words)> conditionNames;
    private readonly List<(string Id, string[] Words)> conditionAliases;
    private readonly List<(string Id, string[][] LongWords)> conditionLongWords;

    private readonly List<(string Id, string[] Stems)> groupNames;

    internal EntityRecognizer(Glossary glossary, IReadOnlyList<TaskGroup> groups)
    {
        groupNames = groups
            .SelectMany(g => new[] { g.Name.Lv, g.Name.En }.Select(n => (g.Id, TextFolding.Words(n).Select(w => Stem(w) ?? w).Where(s => s.Length > 2).ToArray())))
            .Where(n => n.Item2.Length > 1)
            .ToList();
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
        conditionNames = glossary.Conditions
            .SelectMany(c => new[] { c.Name.Lv, c.Name.En }.Select(n => (c.Id, TextFolding.Words(n))))
            .Where(n => n.Item2.Length > 1)
            .OrderByDescending(n => n.Item2.Length)
            .ToList();
        // Each condition's names as their words of six letters or more, grouped per condition in the glossary's order.
        conditionLongWords = conditionNames
            .GroupBy(n => n.Id)
            .Select(g => (g.Key, g.Select(n => n.Words.Where(w => w.Length >= 6).ToArray()).ToArray()))
            .ToList();
        conditionAliases = glossary.Conditions
            .SelectMany(c => (c.Aliases ?? Aliases.None).Lv.Concat((c.Aliases ?? Aliases.None).En).Select(n => (c.Id, TextFolding.Words(n))))
            .Where(n => n.Item2.Length > 0)
            .OrderByDescending(n => n.Item2.Length)
            .ToList();
    }

    public IReadOnlyList<string> Roles(string[] words) => MatchNames(words, roleNames);

    /// <summary>A group of the task map named in words, in any case form: "politikas plānošanas līmeņa uzdevumi" → PU1.</summary>
    public string? GroupByName(string[] words)
    {
        if (groupNames.Count == 0) return null;
        var stems = words.Select(w => Stem(w) ?? w).ToHashSet(StringComparer.Ordinal);
        var found = groupNames.Where(g => g.Stems.All(stems.Contains)).Select(g => g.Id).Distinct().ToList();
        return found.Count == 1 ? found[0] : null;
    }

    /// <summary>
    /// Roles described rather than named, as the card defines them: someone who is responsible for, manages or looks
    /// after all of the institution's services (or resources) as a whole, or one specific service (or resource).
    /// </summary>
    public static IReadOnlyList<string> RolesDescribed(string folded)
    {
        if (!Holds().IsMatch(folded)) return [];
        var found = new List<string>();
        if (AllServices().IsMatch(folded)) found.Add("service-portfolio-owner");
        if (OneService().IsMatch(folded)) found.Add("service-owner");
        if (AllResources().IsMatch(folded)) found.Add("resource-portfolio-owner");
        if (OneResource().IsMatch(folded)) found.Add("resource-owner");
        return found.Count == 1 ? found : [];
    }

    [GeneratedRegex(@"\b(atbild\w*|responsible|in charge|look\w* after|manag\w*|vad\w*|owns?|parvald(u|a|am|at|it|ot|ij\w*)|rupej\w*|rupet\w*|uzticej\w*|esmu|i am|im|turetaj\w*|holds?)\b")]
    private static partial Regex Holds();

    [GeneratedRegex(@"\b(all|whole|entire|visu|visus|visiem|visa|visas)\s+([\w']+\s+){0,4}(services|pakalpojum\w*)\b|\b(services|pakalpojum\w*)\s+(\w+\s+){0,3}(as a whole|kopuma)\b")]
    private static partial Regex AllServices();

    // "es atbildu par būvatļauju pakalpojumu": one named service (singular, ending the clause).
    [GeneratedRegex(@"\b(one|a single|single|specific|particular|vienu|viena|vienam|konkret\w*)\s+(\w+\s+){0,2}(service|pakalpojum\w*)\b|\bpar (\w+ ){1,2}pakalpojumu\s*([.,;:?!]|$)|\b(for|of) (our|my|the) (\w+ ){1,2}service\s*([.,;:?!]|$)")]
    private static partial Regex OneService();

    [GeneratedRegex(@"\b(all|whole|entire|visu|visus|visiem|visa|visas)\s+([\w']+\s+){0,4}(resources|resurs\w*)\b|\b(resources|resurs\w*)\s+(\w+\s+){0,3}(as a whole|kopuma)\b")]
    private static partial Regex AllResources();

    [GeneratedRegex(@"\b(one|a single|single|specific|particular|vienu|viena|vienam|konkret\w*)\s+(\w+\s+){0,2}(resource|resurs\w*)\b|\b(owner|manager|in charge|vaditaj\w*|saimniek\w*) of (our|my|the|an?) (\w+ ){0,3}(system|systems|fleet|registry|register|database|building|sistem\w*)\b")]
    private static partial Regex OneResource();

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

    public static string WithoutTaskIds(string text) => TaskIdAnyCase().Replace(text, " ");

    [GeneratedRegex(@"\b[pP][uU]\s*[1-9]\s*[-–.]?\s*[0-9]{1,2}\b")]
    private static partial Regex TaskIdAnyCase();

    public static IReadOnlyList<string> Tasks(string folded) =>
        TaskId().Matches(folded).Select(m => $"PU{m.Groups[1].Value}-{int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)}").Distinct().ToList();

    public IReadOnlyList<string> Conditions(string folded, string[] words) =>
        ConditionId().Matches(folded).Select(m => $"N{m.Groups[1].Value}-{m.Groups[2].Value}").Where(conditionIds.Contains)
            .Concat(MatchNames(words, conditionNames)).Concat(MatchNames(words, conditionAliases)).Concat(ConditionByWords(words)).Select(id => conditionIds.First(c => string.Equals(c, id, StringComparison.OrdinalIgnoreCase)))
            .Distinct().ToList();

    /// <summary>
    /// A condition described in other case forms ("atbilstību sabiedrības vajadzībām"): the one whose name shares the
    /// most long words with the question (by their first six letters), enough of them, and more than any other shares.
    /// </summary>
    private IEnumerable<string> ConditionByWords(string[] words)
    {
        // Per condition, its name (of its two languages) that shares the most long words; compared in place, as this
        // runs for every question.
        (string? Id, int Shared, int Long) best = (null, -1, 0), second = (null, -1, 0);
        foreach (var (id, longWords) in conditionLongWords)
        {
            // The first name with the most shared words, and how many long words it has.
            var (shared, @long) = (-1, 0);
            foreach (var name in longWords)
            {
                var count = name.Count(w => SharesLongPrefix(words, w));
                if (count > shared) (shared, @long) = (count, name.Length);
            }
            if (shared > best.Shared) (best, second) = ((id, shared, @long), best);
            else if (shared > second.Shared) second = (id, shared, @long);
        }
        // Three shared words, or two that are half the name: two common words ("pakalpojumu ... vajadzībām") are not enough.
        if (best.Id is not null && (best.Shared >= 3 || (best.Shared == 2 && best.Long <= 4)) &&
            (second.Id is null || second.Shared < best.Shared)) yield return best.Id;
    }

    /// <summary>Whether a word of the question (six letters or more) begins with the same six letters as <paramref name="nameWord"/>.</summary>
    private static bool SharesLongPrefix(string[] words, string nameWord)
    {
        foreach (var w in words)
        {
            if (w.Length >= 6 && string.CompareOrdinal(w, 0, nameWord, 0, 6) == 0) return true;
        }
        return false;
    }

    /// <summary>
    /// "portfolio" when the question is about the whole institution, "single" when about one service or resource,
    /// "sector" when about a sector, a municipality or the state.
    /// </summary>
    public static string? Scope(string folded)
    {
        // Regulation for a whole sector or a municipality is developed by their leading institutions (slide 8), not
        // by the role holders of one institution.
        if (SectorWords.Any(w => folded.Contains(w, StringComparison.Ordinal))) return "sector";
        var portfolio = PortfolioWords.Any(w => folded.Contains(w, StringComparison.Ordinal));
        var single = SingleWords.Any(w => folded.Contains(w, StringComparison.Ordinal));
        return portfolio == single ? null : portfolio ? "portfolio" : "single";
    }

    /// <summary>The duty a question asks about; a negated verb ("ja neizstrādā") asks what happens without it, not who does it.</summary>
    public static string? DutyKind(string folded)
    {
        // A leading space in a prefix makes it a word start: "rakstīt" is writing, "apraksts" a description.
        // The task's own name ("speciālo normatīvo aktu izstrāde un pilnveide") names the whole task, not the drafting duty.
        var asserted = " " + NegatedVerb().Replace(WithoutTaskName(folded), " ");
        return DutyVerbs.FirstOrDefault(v => v.Prefixes.Any(p => asserted.Contains(p, StringComparison.Ordinal))).Kind;
    }

    /// <summary>The text without the task's own name, whose "izstrāde" is no drafting duty and no phase of drafting.</summary>
    public static string WithoutTaskName(string folded) => TaskName().Replace(folded, " ");

    [GeneratedRegex(@"\b(izstrad\w*|development|developing|drafting) (un|and) (pilnveid\w*|improvement|refinement|improving)\b")]
    private static partial Regex TaskName();

    [GeneratedRegex(@"\bne(izstrad|groz|apzin|koordin|veid|izveid|papildin|raksta)\w*")]
    private static partial Regex NegatedVerb();

    /// <summary>Longest names first; a matched stretch of words is not matched again by a shorter name.</summary>
    private IReadOnlyList<string> MatchNames(string[] words, List<(string Id, string[] Words)> names)
    {
        var used = new bool[words.Length];
        var stemsOfWords = new string?[words.Length];
        var found = new List<string>();
        foreach (var (id, name) in names)
        {
            for (var start = 0; start + name.Length <= words.Length; start++)
            {
                if (!Matches(words, stemsOfWords, used, start, name)) continue;
                for (var i = start; i < start + name.Length; i++) used[i] = true;
                if (!found.Contains(id)) found.Add(id);
            }
        }
        return found;
    }

    private bool Matches(string[] words, string?[] stemsOfWords, bool[] used, int start, string[] name)
    {
        for (var i = 0; i < name.Length; i++)
        {
            if (used[start + i]) return false;
        }
        for (var i = 0; i < name.Length - 1; i++)
        {
            if (words[start + i] != name[i]) return false;
        }
        var at = start + name.Length - 1;
        return SameHead(words[at], name[^1], ref stemsOfWords[at]);
    }

    /// <summary>
    /// The head noun may be inflected: vadītājs, vadītāja, vadītājam (one Latvian stem); manager, managers.
    /// "management" is not "manager".
    /// </summary>
    private bool SameHead(string word, string head, ref string? wordStem)
    {
        if (word == head || (word.Length == head.Length + 1 && word[^1] == 's' && word.StartsWith(head, StringComparison.Ordinal))) return true;
        if (word.Length < 4 || head.Length < 3 || string.CompareOrdinal(word, 0, head, 0, 3) != 0) return false;
        wordStem ??= Stem(word) ?? "";
        return wordStem.Length >= 4 && wordStem == Stem(head);
    }

    /// <summary>Stems are cached, within a bound so that endless new words cannot grow the cache without limit.</summary>
    private string? Stem(string word)
    {
        if (stems.TryGetValue(word, out var cached)) return cached;
        var terms = Search.TermAnalysis.Terms(stemmer, "w", word, 1);
        var stem = terms.Count == 1 ? terms[0] : null;
        stems.Add(word, stem);
        return stem;
    }

    private const int MaxCachedStems = 10_000;

    private readonly Caching.BoundedCache<string, string?> stems = new(MaxCachedStems, StringComparer.Ordinal);
}
