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

    /// <summary>"expect: [levels, none]": the unit or an honest decline is right; a unit other than those is wrong.</summary>
    [Fact]
    public void NoneBesideAUnitAcceptsTheUnitOrADecline()
    {
        var path = Path.Combine(Path.GetTempPath(), $"eval-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, "- q: kurai lomai ir A?\n  lang: lv-ascii\n  category: levels\n  expect: [PU2-6:levels, none]\n");
        try
        {
            var q = Assert.Single(EvalSetReader.Read(path));
            Assert.Equal(["PU2-6:levels"], q.Expected);
            Assert.True(q.DeclineAccepted);
            Assert.False(q.OutOfScope);
            var declined = new ChatAssistant.Knowledge.Answers.Answer("x", default, default, ChatAssistant.Knowledge.Answers.AnswerStatus.Unknown, 0, null, "", "", [], null, null, true, [], []);
            Assert.True(EvalRunner.Judge(q, declined).Correct);
            Assert.True(EvalRunner.Judge(q, declined with { Status = ChatAssistant.Knowledge.Answers.AnswerStatus.Answered, UnitId = "PU2-6:levels", OfferEscalation = false }).Correct);
            Assert.False(EvalRunner.Judge(q, declined with { Status = ChatAssistant.Knowledge.Answers.AnswerStatus.Answered, UnitId = "PU2-6:stages", OfferEscalation = false }).Correct);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
