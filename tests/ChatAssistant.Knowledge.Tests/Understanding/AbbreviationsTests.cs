using ChatAssistant.Knowledge.Understanding;

namespace ChatAssistant.Knowledge.Tests.Understanding;

/// <summary>Shorthand typed on a phone, written out in the case the next word asks for; other text left alone.</summary>
public class AbbreviationsTests
{
    [Theory]
    [InlineData("esmu pak. vaditajs, ko darit", "esmu pakalpojuma vaditajs, ko darit")]
    [InlineData("what goes wrong w/o these acts", "what goes wrong without these acts")]
    [InlineData("raise a ticket w/ VARAM, ppl need it", "raise a ticket with VARAM, people need it")]
    [InlineData("kas apzina aktus konkretam pak.?", "kas apzina aktus konkretam pakalpojuma?")]
    [InlineData("iestades pak. parvaldibas akti", "iestades pakalpojumu parvaldibas akti")]
    [InlineData("pak. kopuma vaditajs", "pakalpojumu kopuma vaditajs")]
    [InlineData("pak vaditajam", "pakalpojuma vaditajam")]
    [InlineData("kas groza norm. aktus?", "kas groza normatīvos aktus?")]
    [InlineData("spec. akti resursam", "speciālie akti resursam")]
    [InlineData("ko nosaka MK not. 402?", "ko nosaka MK noteikumi 402?")]
    [InlineData("vai VARAM'am jajauta?", "vai VARAM jajauta?")]
    [InlineData("jautāt VARAMam", "jautāt VARAM")]
    public void ShorthandIsWrittenOut(string typed, string expected) => Assert.Equal(expected, Abbreviations.Expand(typed));

    [Theory]
    // "varam" (we can) and "varama" are words; "paka" and "pakete" are not the shorthand.
    [InlineData("vai varam sākt?")]
    [InlineData("tas ir varama lieta")]
    [InlineData("paka ar dokumentiem")]
    [InlineData("who drafts acts for a specific service?")]
    public void OtherTextIsTheSameString(string text) => Assert.Same(text, Abbreviations.Expand(text));
}
