using ChatAssistant.Knowledge.Answers;
using ChatAssistant.Knowledge.Evaluation;
using Xunit.Abstractions;

namespace ChatAssistant.Knowledge.Tests.Answers;

/// <summary>
/// The evaluation sets against the real content. eval.yaml is the set the engine was tuned on; eval-holdout.yaml was
/// written by someone who never saw the engine, and shows how it does on phrasings it was not tuned for. Both fail
/// below the accuracy reached, so a change that makes answers worse cannot land unnoticed. blind/ holds questions by
/// independent writers who saw only the card: the tuning halves may be studied, the held-out half only measured.
/// </summary>
public class EvaluationSetTests(RealKnowledge real, ITestOutputHelper output) : IClassFixture<RealKnowledge>
{
    /// <summary>Runs a set as the bot asks: each turn of a conversation with the previous answer's context.</summary>
    private IReadOnlyList<EvalResult> Run(string file, bool showMisses = true)
    {
        var results = EvalRunner.Run(EvalSetReader.Read(TestPaths.TestData(file)), (q, context) => real.Engine.Ask(q, previous: context));
        foreach (var score in EvalRunner.ByLanguage(results).Concat(EvalRunner.ByCategory(results)))
        {
            output.WriteLine($"{score.Slice,-16} {score.Count,4} top-1 {score.Top1:P1} MRR {score.Mrr:0.000}");
        }
        output.WriteLine($"confidently wrong: {results.Count(EvalRunner.ConfidentlyWrong)} of {results.Count}");
        // The blind held-out half is for measuring only: nobody may study its misses, so they are not printed.
        if (!showMisses) return results;
        foreach (var miss in results.Where(r => !r.Correct))
        {
            output.WriteLine($"MISS {miss.Question.Question} -> {miss.Answer.Status} {miss.Answer.UnitId}");
        }
        return results;
    }

    private const string BlindHeldOut = "blind/holdout.yaml";

    /// <summary>The fifth batch's held-out part (two more writers): measured only, like the first.</summary>
    private const string BlindHeldOut2 = "blind/holdout-2.yaml";

    /// <summary>The sixth batch's held-out part (writers 12 and 13): measured only.</summary>
    private const string BlindHeldOut3 = "blind/holdout-3.yaml";

    /// <summary>The seventh batch's held-out part (writer 14: small talk, requests, unassigned and out-of-scope only).</summary>
    private const string BlindHeldOut4 = "blind/holdout-4.yaml";

    /// <summary>The eighth batch's held-out part (writers 15, 16 and 17): measured only.</summary>
    private const string BlindHeldOut5 = "blind/holdout-5.yaml";

    /// <summary>The ninth batch's held-out part (writers 18, 19 and 20): measured only.</summary>
    private const string BlindHeldOut6 = "blind/holdout-6.yaml";

    /// <summary>The tenth batch's held-out part (writers 21, 22 and 23): measured only.</summary>
    private const string BlindHeldOut7 = "blind/holdout-7.yaml";

    /// <summary>The eleventh batch's held-out part (writers 24, 25 and 26): measured only.</summary>
    private const string BlindHeldOut8 = "blind/holdout-8.yaml";
    private const string BlindHeldOut9 = "blind/holdout-9.yaml";
    private const string BlindHeldOut10 = "blind/holdout-10.yaml";
    private const string BlindHeldOut11 = "blind/holdout-11.yaml";
    private const string BlindHeldOut12 = "blind/holdout-12.yaml";
    private const string BlindHeldOut13 = "blind/holdout-13.yaml";
    private const string BlindHeldOut14 = "blind/holdout-14.yaml";
    private const string BlindHeldOut15 = "blind/holdout-15.yaml";
    private const string BlindHeldOut16 = "blind/holdout-16.yaml";
    private const string BlindHeldOut17 = "blind/holdout-17.yaml";
    private const string BlindHeldOut18 = "blind/holdout-18.yaml";
    private const string BlindHeldOut19 = "blind/holdout-19.yaml";
    private const string BlindHeldOut20 = "blind/holdout-20.yaml";
    private const string BlindHeldOut21 = "blind/holdout-21.yaml";
    private const string BlindHeldOut22 = "blind/holdout-22.yaml";

    public static TheoryData<string> BlindTuning => ["blind/tuning.yaml", "blind/tuning-2.yaml", "blind/tuning-3.yaml", "blind/tuning-4.yaml", "blind/tuning-5.yaml", "blind/tuning-6.yaml", "blind/tuning-7.yaml", "blind/tuning-8.yaml", "blind/tuning-9.yaml", "blind/tuning-10.yaml", "blind/tuning-11.yaml", "blind/tuning-12.yaml", "blind/tuning-13.yaml", "blind/tuning-14.yaml", "blind/tuning-15.yaml", "blind/tuning-16.yaml", "blind/tuning-17.yaml", "blind/tuning-18.yaml", "blind/tuning-19.yaml", "blind/tuning-20.yaml", "blind/tuning-21.yaml", "blind/tuning-22.yaml", "blind/tuning-23.yaml", "blind/tuning-24.yaml", "blind/tuning-25.yaml"];

    /// <summary>The later, mostly English batches were tuned on least: their floors are lower.</summary>
    private static bool LaterBatch(string file) => file is "blind/tuning-3.yaml" or "blind/tuning-4.yaml" or "blind/tuning-5.yaml" or "blind/tuning-6.yaml" or "blind/tuning-7.yaml" or "blind/tuning-8.yaml" or "blind/tuning-9.yaml" or "blind/tuning-10.yaml" or "blind/tuning-11.yaml" or "blind/tuning-12.yaml" or "blind/tuning-13.yaml" or "blind/tuning-14.yaml" or "blind/tuning-15.yaml" or "blind/tuning-16.yaml" or "blind/tuning-17.yaml" or "blind/tuning-18.yaml" or "blind/tuning-19.yaml" or "blind/tuning-20.yaml" or "blind/tuning-21.yaml" or "blind/tuning-22.yaml" or "blind/tuning-23.yaml" or "blind/tuning-24.yaml" or "blind/tuning-25.yaml";

    /// <summary>The accuracy reached on each tuning set, per language.</summary>
    private static double TuningFloor(string file) => LaterBatch(file) ? 0.9 : 0.95;

    [Fact]
    public void BlindSetIsLargeAndCoversEveryCategoryInBothHalves()
    {
        string[] categories = ["responsible", "duties", "role-view", "steps", "outcomes", "levels", "related", "conditions", "competences", "resources",
            "legal", "guidance", "consultation", "catalogue", "typos", "not-assigned", "out-of-scope", "smalltalk", "feature-request", "follow-up"];
        var tuning = EvalSetReader.Read(TestPaths.TestData("blind/tuning.yaml"));
        var heldOut = EvalSetReader.Read(TestPaths.TestData(BlindHeldOut));
        Assert.True(tuning.Count + heldOut.Count >= 300, $"{tuning.Count + heldOut.Count} questions");
        Assert.All(categories, c => Assert.Contains(tuning, q => q.Category == c));
        Assert.All(categories, c => Assert.Contains(heldOut, q => q.Category == c));
        Assert.Contains(heldOut, q => q.Turn > 0); // conversations of follow-ups
    }

    [Theory]
    [MemberData(nameof(BlindTuning))]
    public void BlindTuningSetsStayAtTheAccuracyReachedInEachLanguage(string file)
    {
        var results = Run(file);
        Assert.All(EvalRunner.ByLanguage(results).Where(s => s.Count >= 20), s => Assert.True(s.Top1 >= TuningFloor(file), $"{s.Slice}: {s.Top1:P1}"));
    }

    [Theory]
    [MemberData(nameof(BlindTuning))]
    public void SmallTalkRequestsAndUnassignedActionsReachTheRightPlace(string file)
    {
        var results = Run(file);
        double Rate(string category) => results.Where(r => r.Question.Category == category).Average(r => r.Correct ? 1.0 : 0.0);
        Assert.Equal(1.0, Rate("smalltalk"));
        Assert.True(Rate("feature-request") >= 0.95, $"feature requests {Rate("feature-request"):P1}");
        // tuning-9's writers label "which role is A and which L?" as not answerable; the earlier sets label the same
        // question with the levels table, which is what it gets (with the note that the markers cannot be read).
        Assert.True(Rate("not-assigned") >= (file == "blind/tuning-9.yaml" ? 0.8 : 0.9), $"not-assigned {Rate("not-assigned"):P1}");
        Assert.All(results.Where(r => r.Question.Category == "smalltalk"), r => Assert.False(r.Answer.OfferEscalation, r.Question.Question));
    }

    [Theory]
    [MemberData(nameof(BlindTuning))]
    public void ConfidentlyWrongAnswersAreRareAndNeverOnWhoIsResponsible(string file)
    {
        var results = Run(file);
        var limit = LaterBatch(file) ? 0.04 : 0.03;
        Assert.True(results.Count(EvalRunner.ConfidentlyWrong) <= limit * results.Count, $"{results.Count(EvalRunner.ConfidentlyWrong)} confidently wrong");
        Assert.DoesNotContain(results, r => r.Question.Category is "responsible" or "not-assigned" && EvalRunner.ConfidentlyWrong(r));
    }

    [Fact]
    public void BlindHeldOutHalfStaysAtTheAccuracyReached()
    {
        var results = Run(BlindHeldOut, showMisses: false);
        Assert.True(EvalScore.Of("all", results.ToList()).Top1 >= 0.88);
        Assert.All(EvalRunner.ByLanguage(results).Where(s => s.Count >= 20), s => Assert.True(s.Top1 >= 0.78, $"{s.Slice}: {s.Top1:P1}"));
    }

    [Fact]
    public void SecondBlindHeldOutSetStaysAtTheAccuracyReached()
    {
        var results = Run(BlindHeldOut2, showMisses: false);
        Assert.True(EvalScore.Of("all", results.ToList()).Top1 >= 0.84);
        Assert.All(EvalRunner.ByLanguage(results).Where(s => s.Count >= 20), s => Assert.True(s.Top1 >= 0.8, $"{s.Slice}: {s.Top1:P1}"));
    }

    [Fact]
    public void ThirdBlindHeldOutSetStaysAtTheAccuracyReached()
    {
        var results = Run(BlindHeldOut3, showMisses: false);
        Assert.True(EvalScore.Of("all", results.ToList()).Top1 >= 0.9);
        Assert.All(EvalRunner.ByLanguage(results).Where(s => s.Count >= 20), s => Assert.True(s.Top1 >= 0.85, $"{s.Slice}: {s.Top1:P1}"));
        Assert.True(results.Count(EvalRunner.ConfidentlyWrong) <= 0.05 * results.Count, $"{results.Count(EvalRunner.ConfidentlyWrong)} confidently wrong");
    }

    [Fact]
    public void FourthBlindHeldOutSetStaysAtTheAccuracyReached()
    {
        var results = Run(BlindHeldOut4, showMisses: false);
        Assert.True(EvalScore.Of("all", results.ToList()).Top1 >= 0.66, $"{EvalScore.Of("all", results.ToList()).Top1:P1}");
    }

    [Fact]
    public void FifthBlindHeldOutSetStaysAtTheAccuracyReached()
    {
        var results = Run(BlindHeldOut5, showMisses: false);
        Assert.True(EvalScore.Of("all", results.ToList()).Top1 >= 0.82, $"{EvalScore.Of("all", results.ToList()).Top1:P1}");
        Assert.All(EvalRunner.ByLanguage(results).Where(s => s.Count >= 20), s => Assert.True(s.Top1 >= 0.75, $"{s.Slice}: {s.Top1:P1}"));
    }

    [Fact]
    public void SixthBlindHeldOutSetStaysAtTheAccuracyReached()
    {
        var results = Run(BlindHeldOut6, showMisses: false);
        Assert.True(EvalScore.Of("all", results.ToList()).Top1 >= 0.87, $"{EvalScore.Of("all", results.ToList()).Top1:P1}");
        Assert.All(EvalRunner.ByLanguage(results).Where(s => s.Count >= 20), s => Assert.True(s.Top1 >= 0.8, $"{s.Slice}: {s.Top1:P1}"));
    }

    [Fact]
    public void SeventhBlindHeldOutSetStaysAtTheAccuracyReached()
    {
        var results = Run(BlindHeldOut7, showMisses: false);
        Assert.True(EvalScore.Of("all", results.ToList()).Top1 >= 0.9, $"{EvalScore.Of("all", results.ToList()).Top1:P1}");
        Assert.All(EvalRunner.ByLanguage(results).Where(s => s.Count >= 20), s => Assert.True(s.Top1 >= 0.88, $"{s.Slice}: {s.Top1:P1}"));
        Assert.True(results.Count(EvalRunner.ConfidentlyWrong) <= 0.03 * results.Count, $"{results.Count(EvalRunner.ConfidentlyWrong)} confidently wrong");
    }

    [Fact]
    public void EighthBlindHeldOutSetStaysAtTheAccuracyReached()
    {
        var results = Run(BlindHeldOut8, showMisses: false);
        Assert.True(EvalScore.Of("all", results.ToList()).Top1 >= 0.82, $"{EvalScore.Of("all", results.ToList()).Top1:P1}");
        Assert.All(EvalRunner.ByLanguage(results).Where(s => s.Count >= 20), s => Assert.True(s.Top1 >= 0.72, $"{s.Slice}: {s.Top1:P1}"));
    }

    /// <summary>Held-out halves of the later batches: overall and per-language floors at the accuracy reached.</summary>
    [Theory]
    [InlineData(BlindHeldOut9, 0.9, 0.85)]
    [InlineData(BlindHeldOut10, 0.87, 0.8)]
    [InlineData(BlindHeldOut11, 0.88, 0.8)]
    [InlineData(BlindHeldOut12, 0.86, 0.83)]
    [InlineData(BlindHeldOut13, 0.88, 0.85)]
    [InlineData(BlindHeldOut14, 0.9, 0.88)]
    [InlineData(BlindHeldOut15, 0.89, 0.84)]
    [InlineData(BlindHeldOut16, 0.86, 0.82)]
    [InlineData(BlindHeldOut17, 0.88, 0.85)]
    [InlineData(BlindHeldOut18, 0.89, 0.86)]
    [InlineData(BlindHeldOut19, 0.87, 0.85)]
    [InlineData(BlindHeldOut20, 0.88, 0.84)]
    [InlineData(BlindHeldOut21, 0.89, 0.85)]
    [InlineData(BlindHeldOut22, 0.87, 0.84)]
    public void LaterBlindHeldOutSetsStayAtTheAccuracyReached(string file, double overall, double perLanguage)
    {
        var results = Run(file, showMisses: false);
        Assert.True(EvalScore.Of("all", results.ToList()).Top1 >= overall, $"{EvalScore.Of("all", results.ToList()).Top1:P1}");
        Assert.All(EvalRunner.ByLanguage(results).Where(s => s.Count >= 20), s => Assert.True(s.Top1 >= perLanguage, $"{s.Slice}: {s.Top1:P1}"));
    }

    [Theory]
    [InlineData("blind/tuning-8.yaml", BlindHeldOut5)]
    [InlineData("blind/tuning-9.yaml", BlindHeldOut6)]
    [InlineData("blind/tuning-10.yaml", BlindHeldOut7)]
    [InlineData("blind/tuning-11.yaml", BlindHeldOut8)]
    [InlineData("blind/tuning-12.yaml", BlindHeldOut9)]
    [InlineData("blind/tuning-13.yaml", BlindHeldOut10)]
    [InlineData("blind/tuning-14.yaml", BlindHeldOut11)]
    [InlineData("blind/tuning-15.yaml", BlindHeldOut12)]
    [InlineData("blind/tuning-16.yaml", BlindHeldOut13)]
    [InlineData("blind/tuning-17.yaml", BlindHeldOut14)]
    [InlineData("blind/tuning-18.yaml", BlindHeldOut15)]
    [InlineData("blind/tuning-19.yaml", BlindHeldOut16)]
    [InlineData("blind/tuning-20.yaml", BlindHeldOut17)]
    [InlineData("blind/tuning-21.yaml", BlindHeldOut18)]
    [InlineData("blind/tuning-22.yaml", BlindHeldOut19)]
    [InlineData("blind/tuning-23.yaml", BlindHeldOut20)]
    [InlineData("blind/tuning-24.yaml", BlindHeldOut21)]
    [InlineData("blind/tuning-25.yaml", BlindHeldOut22)]
    public void LaterBatchesAreSplitHalfAndHalfAndCoverWhatTheIssueAsksFor(string tuningFile, string heldOutFile)
    {
        var tuning = EvalSetReader.Read(TestPaths.TestData(tuningFile));
        var heldOut = EvalSetReader.Read(TestPaths.TestData(heldOutFile));
        Assert.True(tuning.Count + heldOut.Count >= 300, $"{tuning.Count + heldOut.Count} questions");
        Assert.InRange(heldOut.Count / (double)(tuning.Count + heldOut.Count), 0.4, 0.6);
        string[] categories = ["smalltalk", "feature-request", "not-assigned", "typos", "catalogue", "follow-up"];
        Assert.All(categories, c => Assert.Contains(heldOut, q => q.Category == c));
    }

    [Fact]
    public void FifthBatchIsLargeAndSplitIntoTuningAndHeldOut()
    {
        var tuning = EvalSetReader.Read(TestPaths.TestData("blind/tuning-5.yaml"));
        var heldOut = EvalSetReader.Read(TestPaths.TestData(BlindHeldOut2));
        Assert.True(tuning.Count + heldOut.Count >= 300, $"{tuning.Count + heldOut.Count} questions");
        Assert.True(heldOut.Count >= 0.3 * (tuning.Count + heldOut.Count), $"{heldOut.Count} held out");
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
        foreach (var file in new[] { "eval.yaml", "eval-holdout.yaml", "blind/tuning.yaml", "blind/tuning-2.yaml", "blind/tuning-3.yaml", "blind/tuning-4.yaml", "blind/tuning-5.yaml", "blind/tuning-6.yaml", "blind/tuning-7.yaml", "blind/tuning-8.yaml", "blind/tuning-9.yaml", "blind/tuning-10.yaml", "blind/tuning-11.yaml", "blind/tuning-12.yaml", "blind/tuning-13.yaml", "blind/tuning-14.yaml", "blind/tuning-15.yaml", "blind/tuning-16.yaml", "blind/tuning-17.yaml", "blind/tuning-18.yaml", "blind/tuning-19.yaml", "blind/tuning-20.yaml", "blind/tuning-21.yaml", "blind/tuning-22.yaml", "blind/tuning-23.yaml", "blind/tuning-24.yaml", "blind/tuning-25.yaml", BlindHeldOut, BlindHeldOut2, BlindHeldOut3, BlindHeldOut4, BlindHeldOut5, BlindHeldOut6, BlindHeldOut7, BlindHeldOut8, BlindHeldOut9, BlindHeldOut10, BlindHeldOut11, BlindHeldOut12, BlindHeldOut13, BlindHeldOut14, BlindHeldOut15, BlindHeldOut16, BlindHeldOut17, BlindHeldOut18, BlindHeldOut19, BlindHeldOut20, BlindHeldOut21, BlindHeldOut22 })
        {
            // Small talk and feature requests are not units: they are the ids of what the message asks for.
            Assert.All(EvalSetReader.Read(TestPaths.TestData(file)).SelectMany(q => q.Expected).Where(id => !id.StartsWith("smalltalk:", StringComparison.Ordinal) && !id.StartsWith("feature:", StringComparison.Ordinal)),
                id => Assert.True(ids.ContainsKey(id), $"{file}: no unit {id}"));
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
        Assert.True(EvalScore.Of("all", results.ToList()).Top1 >= 0.86);
        Assert.All(EvalRunner.ByLanguage(results), s => Assert.True(s.Top1 >= 0.8, $"{s.Slice}: {s.Top1:P1}"));
    }
}
