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
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) builder.Append(c);
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Folded words of the text: letters and digits only, split on anything else.</summary>
    public static string[] Words(string text)
    {
        var folded = Fold(text);
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c)) current.Append(c);
            else Flush();
        }
        Flush();
        return [.. words];

        void Flush()
        {
            if (current.Length > 0) words.Add(current.ToString());
            current.Clear();
        }
    }
}
