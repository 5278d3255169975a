namespace ChatAssistant.Knowledge.Tests.Answers;

/// <summary>What the question asks for decides between units that share its words.</summary>
public class RankingTests(RealKnowledge real) : IClassFixture<RealKnowledge>
{
    [Theory]
    // "aktu izstrādi" names the task's work here, not the drafting duty.
    [InlineData("Kuri N kodi ir saistīti ar speciālo aktu izstrādi?", "PU2-6:conditions")]
    [InlineData("What's the tangible output of this task?", "PU2-6:section:results")]
    [InlineData("What information I should have at hand before drafting?", "PU2-6:section:information")]
    [InlineData("Kas izstrādā speciālos aktus konkrētam pakalpojumam?", "PU2-6:duty:service-owner.develop")]
    public void TheKindOfQuestionOutweighsSharedWords(string question, string unit) =>
        Assert.Equal(unit, real.Engine.Ask(question).UnitId);
}
