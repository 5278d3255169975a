using System.Diagnostics;
using ChatAssistant.Knowledge.Answers;
using ChatAssistant.Knowledge.Evaluation;
using ChatAssistant.Knowledge.Loading;
using ChatAssistant.Knowledge.Search;

namespace ChatAssistant.Bench;

/// <summary>Answer quality against the baseline, latency per question, index build time and memory, in one run.</summary>
internal static class AnswerBenchmark
{
    private const int LatencyRounds = 20;
    private const int WarmUpRounds = 10;
    private const int BuildRounds = 30;

    public static void Run(string evalSet, string? contentPath)
    {
        var folder = ContentLocator.Resolve(contentPath);
        var questions = EvalSetReader.Read(evalSet);
        Console.WriteLine($"content {folder}; {questions.Count} questions; .NET {Environment.Version}; {Environment.ProcessorCount} cores");

        var memoryBefore = GC.GetTotalMemory(forceFullCollection: true);
        var started = Stopwatch.GetTimestamp();
        var knowledge = KnowledgeLoader.Load(folder);
        using var index = new KnowledgeIndex(knowledge);
        var firstBuild = Stopwatch.GetElapsedTime(started);
        var memoryAfter = GC.GetTotalMemory(forceFullCollection: true);

        var builds = new List<double>();
        for (var i = 0; i < BuildRounds; i++)
        {
            var t = Stopwatch.GetTimestamp();
            using var snapshot = new IndexSnapshot(KnowledgeLoader.Load(folder));
            builds.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
        }

        var engine = new AnswerEngine(index, cacheAnswers: false); // the engine's own cost, not the cache's
        if (Environment.GetCommandLineArgs().Contains("--stages")) { StageTimings.Run(index, questions); return; }
        var ours = EvalRunner.Run(questions, q => engine.Ask(q));
        using var baseline = new BaselineSearch(index.Current.Units);
        var theirs = EvalRunner.Run(questions, baseline.Ask);
        PrintQuality(ours, theirs);
        BlindBenchmark.Run(index);

        // Steady state, as a running bot is: let tiered compilation finish before timing.
        for (var round = 0; round < WarmUpRounds; round++)
        {
            foreach (var q in questions) engine.Ask(q.Question);
        }
        Thread.Sleep(1000);
        var latencies = new List<double>();
        for (var round = 0; round < LatencyRounds; round++)
        {
            foreach (var q in questions)
            {
                var t = Stopwatch.GetTimestamp();
                engine.Ask(q.Question);
                latencies.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            }
        }
        latencies.Sort();
        builds.Sort();

        // Questions nobody typed before: a typo, an extra or made-up word, words swapped (as the --distinct load sends).
        var unfamiliar = new DistinctQuestions(questions.Select(q => q.Question).ToList(), seed: 7);
        var novel = Enumerable.Range(0, LatencyRounds * questions.Count).Select(_ => unfamiliar.Next()).ToList();
        foreach (var q in novel.Take(2000)) engine.Ask(q);
        var novelLatencies = new List<double>(novel.Count);
        foreach (var q in novel)
        {
            var t = Stopwatch.GetTimestamp();
            engine.Ask(q);
            novelLatencies.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
        }
        novelLatencies.Sort();
        Console.WriteLine();
        Console.WriteLine($"latency per question (in process, steady state, {latencies.Count} asks): p50 {Percentile(latencies, 0.50):0.000} ms, p99 {Percentile(latencies, 0.99):0.000} ms, max {latencies[^1]:0.000} ms");
        Console.WriteLine($"latency per unfamiliar question (typos, unknown and made-up words, {novelLatencies.Count} distinct asks): p50 {Percentile(novelLatencies, 0.50):0.000} ms, p99 {Percentile(novelLatencies, 0.99):0.000} ms, max {novelLatencies[^1]:0.000} ms");
        Console.WriteLine($"index build: first (load + build, cold JIT) {firstBuild.TotalMilliseconds:0.0} ms; warm load + build median {Percentile(builds, 0.5):0.0} ms, p99 {Percentile(builds, 0.99):0.0} ms over {BuildRounds}");
        Console.WriteLine($"memory: managed heap grew {(memoryAfter - memoryBefore) / 1024.0 / 1024.0:0.00} MiB for content + index; heap after build {memoryAfter / 1024.0 / 1024.0:0.0} MiB; working set {Environment.WorkingSet / 1024.0 / 1024.0:0.0} MiB");
    }

    private static void PrintQuality(IReadOnlyList<EvalResult> ours, IReadOnlyList<EvalResult> theirs)
    {
        Console.WriteLine();
        Console.WriteLine($"{"slice",-18} {"n",4}   {"top-1",7} {"MRR",6}   {"baseline top-1",14} {"MRR",6}");
        var baseline = EvalRunner.ByLanguage(theirs).Concat(EvalRunner.ByCategory(theirs)).ToDictionary(s => s.Slice);
        foreach (var score in EvalRunner.ByLanguage(ours).Concat(EvalRunner.ByCategory(ours)))
        {
            var b = baseline[score.Slice];
            Console.WriteLine($"{score.Slice,-18} {score.Count,4}   {score.Top1,7:P1} {score.Mrr,6:0.000}   {b.Top1,14:P1} {b.Mrr,6:0.000}");
        }
        var all = EvalScore.Of("all", ours.ToList());
        var allBase = EvalScore.Of("all", theirs.ToList());
        Console.WriteLine($"{"all",-18} {all.Count,4}   {all.Top1,7:P1} {all.Mrr,6:0.000}   {allBase.Top1,14:P1} {allBase.Mrr,6:0.000}");
        var inScopeDeclined = ours.Count(r => !r.Question.OutOfScope && r.Answer.Status == AnswerStatus.Unknown);
        var oos = ours.Where(r => r.Question.OutOfScope).ToList();
        Console.WriteLine($"out of scope declined with escalation: {oos.Count(r => r.Correct)}/{oos.Count}; in-scope questions declined: {inScopeDeclined}");
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
