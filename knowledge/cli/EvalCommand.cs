using ChatAssistant.Knowledge.Answers;
using ChatAssistant.Knowledge.Evaluation;
using ChatAssistant.Knowledge.Loading;
using ChatAssistant.Knowledge.Search;

namespace ChatAssistant.Knowledge.Cli;

/// <summary>
/// Runs an evaluation set and prints accuracy per language and category and the confidently-wrong count, then
/// every miss; <c>--scores-only</c> leaves the misses out (for a held-out set, whose misses nobody may study).
/// </summary>
internal static class EvalCommand
{
    public static int Run(string[] args)
    {
        var scoresOnly = args.Contains("--scores-only");
        var calibration = args.Contains("--calibration");
        args = args.Where(a => a is not "--scores-only" and not "--calibration").ToArray();
        if (args.Length == 0) return Usage.Print();
        using var index = new KnowledgeIndex(ContentLocator.Resolve(args.Length > 1 ? args[1] : null));
        var engine = new AnswerEngine(index, cacheAnswers: false);
        var results = EvalRunner.Run(EvalSetReader.Read(args[0]), (q, context) => engine.Ask(q, previous: context));

        Console.WriteLine($"{"slice",-16} {"n",4} {"top-1",7} {"MRR",6}");
        foreach (var score in EvalRunner.ByLanguage(results).Concat(EvalRunner.ByCategory(results)).Append(EvalScore.Of("all", results.ToList())))
        {
            Console.WriteLine($"{score.Slice,-16} {score.Count,4} {score.Top1,7:P1} {score.Mrr,6:0.000}");
        }
        var confidentlyWrong = results.Count(EvalRunner.ConfidentlyWrong);
        Console.WriteLine($"confidently wrong: {confidentlyWrong} of {results.Count} ({confidentlyWrong / (double)Math.Max(1, results.Count):P1})");
        if (scoresOnly) return results.All(r => r.Correct) ? 0 : 1;
        if (calibration) PrintCalibration(results);
        foreach (var miss in results.Where(r => !r.Correct))
        {
            Console.WriteLine($"MISS [{miss.Question.LanguageGroup}/{miss.Question.Category}] {miss.Question.Question}");
            Console.WriteLine($"     expected {(miss.Question.OutOfScope ? "none" : string.Join("|", miss.Question.Expected))}, got {miss.Answer.Status} {miss.Answer.UnitId} ({miss.Answer.Confidence:0.000})");
        }
        return results.All(r => r.Correct) ? 0 : 1;
    }

    /// <summary>
    /// Every stated answer with its confidence and the lead of the best candidate over the next, right or wrong: the
    /// data for choosing when an answer should say it is unsure.
    /// </summary>
    private static void PrintCalibration(IReadOnlyList<EvalResult> results)
    {
        foreach (var r in results.Where(r => r.Answer.Status == AnswerStatus.Answered))
        {
            var hits = r.Answer.Hits;
            var lead = hits.Count > 1 ? hits[0].Score - hits[1].Score : 1;
            Console.WriteLine($"CAL\t{(r.Correct ? 1 : 0)}\t{r.Answer.Confidence:0.000}\t{lead:0.000}\t{r.Answer.Coverage:0.00}\t{r.Question.Category}\t{r.Question.Question}");
        }
    }
}
