using ChatAssistant.Knowledge.Answers;

namespace ChatAssistant.Knowledge.Tests.Answers;

public class RobustInputTests(RealKnowledge real) : IClassFixture<RealKnowledge>
{
    public static TheoryData<string> HostileInputs() => new(
        "*", "akt*", "?", "aktus?", "\"unbalanced quote", "(((", "pakalpojuma) vadītājs (", "a AND OR NOT", "title:x^3 ~2",
        new string('a', 10_000), string.Concat(Enumerable.Repeat("kas izstrādā aktus ", 600)),
        "😀😀😀", "🤖", "!!!???...", "---", "", "   ", "\u0000\u0001", "\ud800", "pu2-7", "PU2-6", "pu 2 - 7", "PU9-99",
        "who izstrādā normatīvos aktus for a service?", "N1-4", "399", "\\", "/", "{\"json\": true}", "<at>Bot</at>");

    [Theory]
    [MemberData(nameof(HostileInputs))]
    public void OddInputNeverThrowsAndNeverInventsAnAnswer(string input)
    {
        var answer = real.Engine.Ask(input);

        Assert.NotNull(answer);
        Assert.False(string.IsNullOrWhiteSpace(answer.Direct));
        if (answer.Status == AnswerStatus.Answered) Assert.NotNull(answer.Citation);
    }

    [Fact]
    public void BareTaskIdAnswersWithTheTask()
    {
        var answer = real.Engine.Ask("pu2-7");
        Assert.Equal("task:PU2-7", answer.UnitId);
        Assert.Contains("Pakalpojumu aprakstu veidošana", answer.Direct);
    }

    [Theory]
    [InlineData("😀😀😀")]
    [InlineData("!!!???...")]
    public void InputWithoutWordsAsksForAQuestion(string input)
    {
        var answer = real.Engine.Ask(input, "en-US");
        Assert.Equal(AnswerStatus.Unknown, answer.Status);
        Assert.False(answer.OfferEscalation);
    }
}
