using ChatAssistant.Knowledge.Search;

namespace ChatAssistant.Knowledge.Tests.Search;

/// <summary>
/// Folding: lower case, Latvian and other Latin letters to their base letter, combining marks dropped, anything else
/// kept. Table-driven, so the tests (run, like the bot, without ICU) state the expected text outright.
/// </summary>
public class TextFoldingTests
{
    [Theory]
    [InlineData("Pārvaldība", "parvaldiba")]
    [InlineData("ĀČĒĢĪĶĻŅŠŪŽ āčēģīķļņšūž", "acegiklnsuz acegiklnsuz")]
    [InlineData("Kas izstrādā normatīvos aktus konkrētam pakalpojumam?", "kas izstrada normativos aktus konkretam pakalpojumam?")]
    [InlineData("who drafts acts? PU2-6, N1-4 (A) / [L]", "who drafts acts? pu2-6, n1-4 (a) / [l]")]
    [InlineData("Crème brûlée — “quoted” naïve", "creme brulee — “quoted” naive")]
    [InlineData("ÀÁÂÃÄÅ Ç Ñ Ő Ł ý", "aaaaaa c n o l y")]
    // Letters of other scripts are lower-cased and kept; a ligature stays one letter; a combining mark goes.
    [InlineData("ЖУРНАЛ Ærø", "журнал æro")]
    [InlineData("pa\u0304rvaldi\u0304ba", "parvaldiba")]
    [InlineData("", "")]
    public void FoldsToBaseLetters(string text, string folded) => Assert.Equal(folded, TextFolding.Fold(text));

    [Fact]
    public void TextAlreadyFoldedIsTheSameString()
    {
        const string text = "kas izstrada aktus?";
        Assert.Same(text, TextFolding.Fold(text));
    }

    [Fact]
    public void WordsAreLettersAndDigitsOnly() =>
        Assert.Equal(["kas", "ir", "pu2", "6", "uzdevums"], TextFolding.Words("Kas ir PU2-6 uzdevums?!"));
}
