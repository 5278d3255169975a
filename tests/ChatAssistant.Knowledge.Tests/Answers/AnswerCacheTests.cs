using ChatAssistant.Knowledge.Answers;

namespace ChatAssistant.Knowledge.Tests.Answers;

/// <summary>
/// Repeated questions are answered from the cache from their second asking on; a question asked once is not kept; the
/// same question in another locale or on edited content is not answered from the cache.
/// </summary>
public class AnswerCacheTests(RealKnowledge real) : IClassFixture<RealKnowledge>
{
    private const string Question = "kas izstrada normativos aktus konkretam pakalpojumam";

    [Fact]
    public void ARepeatedQuestionGetsTheSameAnswerWithoutRecomputing()
    {
        var engine = new AnswerEngine(real.Index);

        engine.Ask(Question, "lv-LV");
        var kept = engine.Ask(Question, "lv-LV");
        Assert.Same(kept, engine.Ask(Question, "lv-LV"));
        Assert.NotSame(kept, engine.Ask(Question, "en-US"));
    }

    [Fact]
    public void AQuestionAskedOnceIsNotKept()
    {
        var cache = new AnswerCache();
        var snapshot = real.Index.Current;
        var computed = 0;
        Answer Compute() { computed++; return new AnswerEngine(real.Index, cacheAnswers: false).Ask(Question); }

        var first = cache.GetOrAdd(snapshot, Question, null, null, Compute);
        Assert.Equal(0, cache.Count);
        cache.GetOrAdd(snapshot, "kas ir resursa turētājs", null, null, Compute);
        Assert.Equal(0, cache.Count);

        var second = cache.GetOrAdd(snapshot, Question, null, null, Compute);
        Assert.Equal(1, cache.Count);
        Assert.Same(second, cache.GetOrAdd(snapshot, Question, null, null, Compute));
        Assert.Equal(3, computed);
        Assert.Equal(first.UnitId, second.UnitId);
        Assert.Equal(first.Direct, second.Direct);
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
