using ChatAssistant.Knowledge.Answers;

namespace ChatAssistant.Knowledge.Tests.Answers;

/// <summary>Repeated questions are answered from the cache; the same question in another locale or on edited content is not.</summary>
public class AnswerCacheTests(RealKnowledge real) : IClassFixture<RealKnowledge>
{
    private const string Question = "kas izstrada normativos aktus konkretam pakalpojumam";

    [Fact]
    public void ARepeatedQuestionGetsTheSameAnswerWithoutRecomputing()
    {
        var engine = new AnswerEngine(real.Index);

        Assert.Same(engine.Ask(Question, "lv-LV"), engine.Ask(Question, "lv-LV"));
        Assert.NotSame(engine.Ask(Question, "lv-LV"), engine.Ask(Question, "en-US"));
    }

    [Fact]
    public void WithoutTheCacheEveryAskComputesAnEqualAnswerAnew()
    {
        var engine = new AnswerEngine(real.Index, cacheAnswers: false);

        var first = engine.Ask(Question);
        var second = engine.Ask(Question);

        Assert.NotSame(first, second);
        Assert.Equal(first.UnitId, second.UnitId);
        Assert.Equal(new AnswerEngine(real.Index).Ask(Question).Direct, first.Direct);
    }
}
