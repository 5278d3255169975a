using System.Globalization;
using System.Text;
using ChatAssistant.Knowledge.Search;

namespace ChatAssistant.Knowledge.Tests.Search;

/// <summary>Folding by table (ASCII and Latvian letters) gives what Unicode decomposition gives; other text takes that path.</summary>
public class TextFoldingTests
{
    /// <summary>Lower case, decomposed, combining marks dropped, recomposed: the definition the table must agree with.</summary>
    private static string ByDecomposition(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var kept = decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray();
        return new string(kept).Normalize(NormalizationForm.FormC);
    }

    [Theory]
    [InlineData("Pārvaldība")]
    [InlineData("ĀČĒĢĪĶĻŅŠŪŽ āčēģīķļņšūž")]
    [InlineData("Kas izstrādā normatīvos aktus konkrētam pakalpojumam?")]
    [InlineData("who drafts acts? PU2-6, N1-4 (A) / [L]")]
    [InlineData("Crème brûlée — “quoted” naïve")]
    [InlineData("ЖУРНАЛ Ærø")]
    [InlineData("")]
    public void FoldsAsUnicodeDecompositionDoes(string text) => Assert.Equal(ByDecomposition(text), TextFolding.Fold(text));

    [Fact]
    public void EveryLatinLetterWithADiacriticFoldsAsDecompositionDoes()
    {
        for (var c = '\u00C0'; c <= '\u024F'; c++) Assert.Equal(ByDecomposition(c.ToString()), TextFolding.Fold(c.ToString()));
    }

    [Fact]
    public void WordsAreLettersAndDigitsOnly() =>
        Assert.Equal(["kas", "ir", "pu2", "6", "uzdevums"], TextFolding.Words("Kas ir PU2-6 uzdevums?!"));
}
