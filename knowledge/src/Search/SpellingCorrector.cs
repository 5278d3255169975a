using System.Text;
using ChatAssistant.Knowledge.Caching;

namespace ChatAssistant.Knowledge.Search;

/// <summary>
/// Corrects typos against the content's own vocabulary by edit distance, swaps of neighbouring letters counting as one edit: "izstraadaa" →
/// "izstrada", "pakalpojumaa" → "pakalpojuma". Only words the content does not know are touched, in any inflection
/// the stemmer recognises, so a correct "pakalpojumu" never blurs into "pakalpojuma" or "resursu" into "resursa"
/// (each is one edit from the other). One edit is allowed up to eight letters, two from nine; the first letter
/// must match, and the nearest word wins, then the more frequent one. Four-letter words are only un-swapped, completed
/// or rid of a doubled letter.
/// </summary>
public sealed class SpellingCorrector
{
    private const int MinLength = 4;
    private const int TwoEditsFrom = 9;
    private const int MaxCached = 10_000;

    private readonly Func<string, bool> isKnown;
    private readonly Dictionary<string, int> frequency;
    private readonly Dictionary<char, string[]> byFirstLetter;
    private readonly BoundedCache<string, string?> corrections = new(MaxCached, StringComparer.Ordinal);

    /// <summary>Words questions use that the content need not contain, so that their typos are corrected too.</summary>
    private static readonly string[] QuestionWords =
    [
        "what", "which", "where", "when", "should", "would", "could", "about", "after", "before", "during", "happens", "happen",
        "responsible", "regulation", "regulations", "drafts", "drafting", "coordinates", "amendments", "needed", "task", "tasks",
        "kurš", "kura", "kuri", "kuras", "kuru", "kurā", "kurai", "kuram", "kuriem", "kurām", "kurus", "kurās", "kuros",
        "kāds", "kāda", "kādi", "kādas", "kādu", "kādā", "kādam", "kādiem", "kādām", "kādus", "kādās", "kādos", "kāpēc",
        "tas", "tā", "tie", "tās", "tam", "tai", "tiem", "tām", "tos", "tajā", "tajos", "tajās", "šis", "šī", "šie", "šīs", "šim",
        "šai", "šiem", "šīm", "šos", "šajā", "mans", "mana", "mani", "manas", "manu", "manam", "manai", "maniem", "manus",
        "savs", "sava", "savi", "savas", "savu", "savam", "saviem", "savus", "viņš", "viņa", "viņi", "viņam", "viņai", "mums",
        "jums", "viņiem", "vispār", "tieši", "lūdzu", "paldies", "sveiki", "labdien",
        "whose", "whom", "there", "these", "those", "their", "other", "another", "anyone", "someone", "please", "thanks",
        "jādara", "jāveic", "vajag", "nepieciešams", "pienākumi",
        "atbildīgs", "uzdevums", "uzdevumi", "uzdevumu", "pēc", "pirms", "izstrādā", "normatīvos", "aktus", "vadītājs", "vadītājam",
        "resursam", "pakalpojumam", "konkrētam", "konkrētu",
    ];

    /// <param name="words">Every folded word of the content, repeated as often as it occurs.</param>
    /// <param name="isKnown">Whether a folded word is known to the content in some form (e.g. by its stem).</param>
    internal SpellingCorrector(IEnumerable<string> words, Func<string, bool> isKnown)
    {
        this.isKnown = isKnown;
        frequency = words.Concat(QuestionWords.Select(TextFolding.Fold)).Where(w => w.Length >= MinLength - 1 && w.All(char.IsLetter))
            .GroupBy(w => w, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        byFirstLetter = frequency.Keys.GroupBy(w => w[0]).ToDictionary(g => g.Key, g => g.ToArray());
    }

    /// <summary>The text with each unknown word replaced by its nearest known word (folded); unchanged when none is.</summary>
    public string Correct(string text)
    {
        StringBuilder? result = null;
        var copied = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && char.IsLetter(text[i])) i++;
            if (i - start < MinLength) continue;
            var word = TextFolding.Fold(text[start..i]);
            var correction = Correction(word);
            if (correction is null) continue;
            result ??= new StringBuilder(text.Length + 8);
            result.Append(text, copied, start - copied).Append(correction);
            copied = i;
        }
        return result is null ? text : result.Append(text, copied, text.Length - copied).ToString();
    }

    private string? Correction(string word)
    {
        if (frequency.ContainsKey(word)) return null;
        if (corrections.TryGetValue(word, out var cached)) return cached;
        var correction = isKnown(word) ? null : Nearest(word);
        corrections.Add(word, correction);
        return correction;
    }

    private static bool OneLeftOut(string word, string candidate)
    {
        if (candidate.Length != word.Length + 1) return false;
        var i = 0;
        foreach (var c in candidate)
        {
            if (i < word.Length && word[i] == c) i++;
        }
        return i == word.Length;
    }

    /// <summary>"peec" → "pēc": a letter typed twice.</summary>
    private static bool OneDoubled(string word, string candidate)
    {
        if (word.Length != candidate.Length + 1) return false;
        for (var i = 1; i < word.Length; i++)
        {
            if (word[i] == word[i - 1] && string.CompareOrdinal(word, 0, candidate, 0, i) == 0 && string.CompareOrdinal(word, i + 1, candidate, i, candidate.Length - i) == 0) return true;
        }
        return false;
    }

    private static int[] LetterCounts(string word)
    {
        var counts = new int[27];
        foreach (var c in word) counts[c is >= 'a' and <= 'z' ? c - 'a' : 26]++;
        return counts;
    }

    private static int LetterDistance(int[] counts, string candidate)
    {
        Span<int> other = stackalloc int[27];
        foreach (var c in candidate) other[c is >= 'a' and <= 'z' ? c - 'a' : 26]++;
        var distance = 0;
        for (var i = 0; i < 27; i++) distance += Math.Abs(counts[i] - other[i]);
        return distance;
    }

    private static bool SameLetters(string a, string b) =>
        a.Length == b.Length && a.Order().SequenceEqual(b.Order());

    /// <summary>
    /// Whether <paramref name="b"/> is at most <paramref name="edits"/> insertions, deletions, substitutions or swaps of
    /// two neighbouring letters from <paramref name="a"/> (the optimal string alignment distance): exactly what Lucene's
    /// Levenshtein automaton with transpositions accepts, which this replaced. Building an automaton per unknown word
    /// cost more than the rest of the question; this is one row-by-row table, stopped as soon as every cell of a row
    /// is past the limit.
    /// </summary>
    internal static bool WithinEdits(string a, string b, int edits)
    {
        if (Math.Abs(a.Length - b.Length) > edits) return false;
        var width = b.Length + 1;
        Span<int> rows = width <= 128 ? stackalloc int[3 * width] : new int[3 * width];
        var beforePrevious = rows[..width];
        var previous = rows.Slice(width, width);
        var current = rows.Slice(2 * width, width);
        for (var j = 0; j < width; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j < width; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var d = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d = Math.Min(d, beforePrevious[j - 2] + 1);
                current[j] = d;
                if (d < rowMin) rowMin = d;
            }
            if (rowMin > edits) return false;
            var spare = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = spare;
        }
        return previous[width - 1] <= edits;
    }

    private string? Nearest(string word)
    {
        if (!byFirstLetter.TryGetValue(word[0], out var candidates)) return null;
        var maxEdits = word.Length >= TwoEditsFrom ? 2 : 1;
        // Most unknown words are nothing like any content word: a letter count rules them out before any distance
        // is computed (an edit changes at most two letter counts by one each, so n edits change their sum by at most 2n).
        var letters = LetterCounts(word);
        var plausible = candidates.Where(c => Math.Abs(c.Length - word.Length) <= maxEdits && LetterDistance(letters, c) <= 2 * maxEdits).ToList();
        if (plausible.Count == 0) return null;
        candidates = [.. plausible];
        for (var edits = 1; edits <= maxEdits; edits++)
        {
            string? best = null;
            foreach (var candidate in candidates)
            {
                if (Math.Abs(candidate.Length - word.Length) > edits || !WithinEdits(word, candidate, edits)) continue;
                // A four-letter word is corrected only for swapped letters ("taks" → "task") or one left out ("aftr" →
                // "after"): "talk" is not "task".
                if (word.Length < 5 && !SameLetters(word, candidate) && !OneLeftOut(word, candidate) && !OneDoubled(word, candidate)) continue;
                if (best is null || frequency[candidate] > frequency[best] || (frequency[candidate] == frequency[best] && string.CompareOrdinal(candidate, best) < 0)) best = candidate;
            }
            if (best is not null) return best;
        }
        return null;
    }
}
