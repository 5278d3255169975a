using ChatAssistant.Knowledge.Answers;
using ChatAssistant.Knowledge.Evaluation;
using Xunit.Abstractions;

namespace ChatAssistant.Knowledge.Tests.Answers;

/// <summary>
/// The evaluation sets against the real content. eval.yaml is the set the engine was tuned on; eval-holdout.yaml was
/// written by someone who never saw the engine, and shows how it does on phrasings it was not tuned for. Both fail
/// below the accuracy reached, so a change that makes answers worse cannot land unnoticed.
/// </summary>
public class EvaluationSetTests(RealKnowledge real, ITestOutputHelper output) : IClassFixture<RealKnowledge>
{
    private IReadOnlyList<EvalResult> Run(string file)
    {
        var results = EvalRunner.Run(EvalSetReader.Read(TestPaths.TestData(file)), q => real.Engine.Ask(q));
        foreach (var score in EvalRunner.ByLanguage(results).Concat(EvalRunner.ByCategory(results)))
        {
            output.WriteLine($"{score.Slice,-16} {score.Count,4} top-1 {score.Top1:P1} MRR {score.Mrr:0.000}");
        }
        foreach (var miss in results.Where(r => !r.Correct))
        {
            output.WriteLine($"MISS {miss.Question.Question} -> {miss.Answer.Status} {miss.Answer.UnitId}");
        }
        return results;
    }

    [Fact]
    public void TuningSetIsLargeAndCoversEveryCategoryAndLanguage()
    {
        var questions = EvalSetReader.Read(TestPaths.TestData("eval.yaml"));
        Assert.True(questions.Count >= 150);
        Assert.True(questions.Count(q => q.OutOfScope) >= 20);
        Assert.Equal(["en", "lv", "lv-ascii"], questions.Select(q => q.LanguageGroup).Distinct().Order());
        string[] categories = ["responsible", "duties", "steps", "outcomes", "legal", "competences", "resources", "levels", "conditions", "task", "related", "guidance", "consultation", "out-of-scope"];
        Assert.All(categories, c => Assert.True(questions.Count(q => q.Category == c) >= 6, $"few questions in {c}"));
    }

    [Fact]
    public void EveryExpectedUnitExists()
    {
        var ids = real.Index.Current.UnitsById;
        foreach (var file in new[] { "eval.yaml", "eval-holdout.yaml" })
        {
            Assert.All(EvalSetReader.Read(TestPaths.TestData(file)).SelectMany(q => q.Expected), id => Assert.True(ids.ContainsKey(id), $"{file}: no unit {id}"));
        }
    }

    [Fact]
    public void TuningSetTopOneIsAtLeast95PercentInEachLanguage()
    {
        var results = Run("eval.yaml");
        Assert.All(EvalRunner.ByLanguage(results), s => Assert.True(s.Top1 >= 0.95, $"{s.Slice}: {s.Top1:P1}"));
    }

    [Theory]
    [InlineData("eval.yaml")]
    [InlineData("eval-holdout.yaml")]
    public void OutOfScopeQuestionsGetDontKnowWithEscalation(string file)
    {
        var outOfScope = Run(file).Where(r => r.Question.OutOfScope).ToList();
        Assert.True(outOfScope.Count(r => r.Correct) >= 0.95 * outOfScope.Count, $"{outOfScope.Count(r => !r.Correct)} answered");
    }

    [Fact]
    public void NoTuningSetQuestionInScopeIsDeclined()
    {
        var declined = Run("eval.yaml").Where(r => !r.Question.OutOfScope && r.Answer.Status == AnswerStatus.Unknown).Select(r => r.Question.Question);
        Assert.Empty(declined);
    }

    [Fact]
    public void HeldOutSetStaysAtTheAccuracyReached()
    {
        var results = Run("eval-holdout.yaml");
        Assert.True(EvalScore.Of("all", results.ToList()).Top1 >= 0.77);
        Assert.All(EvalRunner.ByLanguage(results), s => Assert.True(s.Top1 >= 0.75, $"{s.Slice}: {s.Top1:P1}"));
    }
}
