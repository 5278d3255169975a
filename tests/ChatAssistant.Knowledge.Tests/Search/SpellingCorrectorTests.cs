namespace ChatAssistant.Knowledge.Tests.Search;

/// <summary>Typos are corrected against the content's vocabulary; words the content knows, in any inflection, never are.</summary>
public class SpellingCorrectorTests(RealKnowledge real) : IClassFixture<RealKnowledge>
{
    [Theory]
    [InlineData("kas izstraadaa aktus", "izstrada")]         // doubled letters
    [InlineData("konkreta pakalpojumaa", "pakalpojuma")]     // one edit from pakalpojuma, two from pakalpojumu
    [InlineData("normatiivos aktus", "normativos")]
    [InlineData("what is the regulaton", "regulation")]      // a dropped letter
    [InlineData("if the taks is not done", "task")]          // swapped letters in a short word
    [InlineData("what happens aftr", "after")]               // a short word with a letter left out
    public void ATypoIsCorrectedToTheNearestContentWord(string question, string corrected) =>
        Assert.Contains(corrected, real.Index.Current.Spelling.Correct(question).Split(' '));

    [Theory]
    [InlineData("pakalpojumu kopuma vaditajs")]   // one edit from "pakalpojuma": both are real words
    [InlineData("pakalpojuma vaditajs")]
    [InlineData("resursu kopuma vaditajs")]
    [InlineData("resursa vaditajs")]
    [InlineData("Kas izstrādā normatīvos aktus?")]
    [InlineData("can I talk to a person")]         // "talk" is one letter from "task"
    [InlineData("vadītājam vadītāju vadītājiem")]  // inflections of a known word
    public void KnownWordsAreLeftAsTheyAre(string question) =>
        Assert.Equal(question, real.Index.Current.Spelling.Correct(question));

    [Fact]
    public void ATypoInTheRoleStillReachesThatRole()
    {
        var answer = real.Engine.Ask("kas izstraadaa jaunus aktus konkreta pakalpojumaa vajadzibam");
        Assert.Equal("PU2-6:duty:service-owner.develop", answer.UnitId);
    }
}
