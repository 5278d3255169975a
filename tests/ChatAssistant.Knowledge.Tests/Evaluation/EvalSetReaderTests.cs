using ChatAssistant.Knowledge.Evaluation;

namespace ChatAssistant.Knowledge.Tests.Evaluation;

/// <summary>How writers' labels are read: a card's ID put in front of a plain unit's label names that unit.</summary>
public class EvalSetReaderTests
{
    [Theory]
    [InlineData("PU2-6:condition:N1-4", "condition:N1-4")]
    [InlineData("PU2-6:act:mk-399", "act:mk-399")]
    [InlineData("PU2-6:task:PU2-4", "task:PU2-4")]
    [InlineData("condition:N2-1", "condition:N2-1")]
    // The card's own units keep their prefix.
    [InlineData("PU2-6:conditions", "PU2-6:conditions")]
    [InlineData("PU2-6:duty:service-owner.develop", "PU2-6:duty:service-owner.develop")]
    public void ALabelIsReadAsTheUnitItNames(string written, string unit) => Assert.Equal(unit, EvalSetReader.Label(written));

    [Fact]
    public void ASetFileReadsItsLabelsThatWay()
    {
        var path = Path.Combine(Path.GetTempPath(), $"eval-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, "- q: kas ir N1-4\n  lang: lv-ascii\n  category: conditions\n  expect: PU2-6:condition:N1-4\n- q: ko nozime otrais?\n  lang: lv-ascii\n  category: follow-up\n  expect: [PU2-6:condition:N2-1, PU2-6:conditions]\n");
        try
        {
            var questions = EvalSetReader.Read(path);
            Assert.Equal(["condition:N1-4"], questions[0].Expected);
            Assert.Equal(["condition:N2-1", "PU2-6:conditions"], questions[1].Expected);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
