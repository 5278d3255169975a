using System.Globalization;
using System.Text;

namespace ChatAssistant.Knowledge.Search;

/// <summary>
/// Lower-cases and strips diacritics ("Pārvaldība" → "parvaldiba"), the way staff often type.
/// The same folding is applied by the Lucene analyzers; this is for matching names and patterns outside Lucene.
/// </summary>
public static class TextFolding
{
    public static string Fold(string text)
    {
        // Nearly every message is ASCII and Latvian letters: those are folded by table, without the two Unicode
        // normalisations and the builder the general path allocates (a distinct question folds its text a dozen times).
        // Any other character takes the general path, which gives the same result for these letters.
        var changed = false;
        foreach (var c in text)
        {
            var folded = FoldSimple(c);
            if (folded == '\0') return FoldUnicode(text);
            changed |= folded != c;
        }
        if (!changed) return text;
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++) span[i] = FoldSimple(source[i]);
        });
    }

    /// <summary>The folded letter for ASCII and the Latvian letters; '\0' for anything else.</summary>
    private static char FoldSimple(char c)
    {
        if (c < 128) return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        return c switch
        {
            'ā' or 'Ā' => 'a',
            'č' or 'Č' => 'c',
            'ē' or 'Ē' => 'e',
            'ģ' or 'Ģ' => 'g',
            'ī' or 'Ī' => 'i',
            'ķ' or 'Ķ' => 'k',
            'ļ' or 'Ļ' => 'l',
            'ņ' or 'Ņ' => 'n',
            'š' or 'Š' => 's',
            'ū' or 'Ū' => 'u',
            'ž' or 'Ž' => 'z',
            _ => '\0',
        };
    }

    /// <summary>
    /// Any other text: lower case, a letter with a diacritic folded to its base letter by Lucene's ASCII folding table
    /// ("ø" → "o", "é" → "e"), combining marks dropped, anything else kept. Table-driven, so it gives the same result
    /// whether or not the runtime has ICU's normalisation data (the bot runs in invariant globalization mode).
    /// </summary>
    private static string FoldUnicode(string text)
    {
        var builder = new StringBuilder(text.Length);
        var one = new char[1];
        var folded = new char[4];
        foreach (var original in text)
        {
            var c = char.ToLowerInvariant(original);
            var simple = FoldSimple(c);
            if (simple != '\0') { builder.Append(simple); continue; }
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark) continue;
            if (category is UnicodeCategory.LowercaseLetter or UnicodeCategory.UppercaseLetter)
            {
                one[0] = c;
                var length = Lucene.Net.Analysis.Miscellaneous.ASCIIFoldingFilter.FoldToASCII(one, 0, folded, 0, 1);
                if (length == 1 && folded[0] is >= 'a' and <= 'z' or >= 'A' and <= 'Z') { builder.Append(char.ToLowerInvariant(folded[0])); continue; }
            }
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>Folded words of the text: letters and digits only, split on anything else.</summary>
    public static string[] Words(string text)
    {
        var folded = Fold(text);
        // Counted first, so the array is allocated once at its size (a question is split several times a turn).
        var words = new string[CountWords(folded)];
        var n = 0;
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0)
            {
                words[n++] = folded[start..i];
                start = -1;
            }
        }
        return words;
    }

    private static int CountWords(string folded)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in folded)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord) count++;
            inWord = letter;
        }
        return count;
    }
}
