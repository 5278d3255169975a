using ChatAssistant.Knowledge.Answers;
using ChatAssistant.Knowledge.Evaluation;
using ChatAssistant.Knowledge.Loading;
using ChatAssistant.Knowledge.Search;

namespace ChatAssistant.Knowledge.Cli;

/// <summary>Runs an evaluation set and prints accuracy per language and category, then every miss.</summary>
internal static class EvalCommand
{
    public static int Run(string[] args)
    {
        if (args.Length == 0) return Usage.Print();
        using var index = new KnowledgeIndex(ContentLocator.Resolve(args.Length > 1 ? args[1] : null));
        var engine = new AnswerEngine(index, cacheAnswers: false);
        var results = EvalRunner.Run(EvalSetReader.Read(args[0]), q => engine.Ask(q));

        Console.WriteLine($"{"slice",-16} {"n",4} {"top-1",7} {"MRR",6}");
        foreach (var score in EvalRunner.ByLanguage(results).Concat(EvalRunner.ByCategory(results)).Append(EvalScore.Of("all", results.ToList())))
        {
            Console.WriteLine($"{score.Slice,-16} {score.Count,4} {score.Top1,7:P1} {score.Mrr,6:0.000}");
        }
        foreach (var miss in results.Where(r => !r.Correct))
        {
            Console.WriteLine($"MISS [{miss.Question.LanguageGroup}/{miss.Question.Category}] {miss.Question.Question}");
            Console.WriteLine($"     expected {(miss.Question.OutOfScope ? "none" : string.Join("|", miss.Question.Expected))}, got {miss.Answer.Status} {miss.Answer.UnitId} ({miss.Answer.Confidence:0.000})");
        }
        return results.All(r => r.Correct) ? 0 : 1;
    }
}
