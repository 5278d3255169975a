using System.Diagnostics;
using ChatAssistant.Knowledge.Evaluation;
using ChatAssistant.Knowledge.Search;

namespace ChatAssistant.Bench;

/// <summary>Where the time per question goes: understanding, search, coverage. Run with --stages.</summary>
internal static class StageTimings
{
    public static void Run(KnowledgeIndex index, IReadOnlyList<EvalQuestion> questions, int rounds = 20)
    {
        var snapshot = index.Current;
        Time("understand", () => { foreach (var q in questions) snapshot.Understanding.Analyse(q.Question); });
        Time("kinds", () => { foreach (var q in questions) ChatAssistant.Knowledge.Understanding.KindRules.Match(ChatAssistant.Knowledge.Search.TextFolding.Fold(q.Question)); });
        Time("unanswerable", () => { foreach (var q in questions) ChatAssistant.Knowledge.Understanding.UnanswerableRules.Matches(ChatAssistant.Knowledge.Search.TextFolding.Fold(q.Question)); });
        Time("language", () => { foreach (var q in questions) ChatAssistant.Knowledge.Understanding.LanguageDetector.Detect(q.Question, null); });
        var recognizer = new ChatAssistant.Knowledge.Understanding.EntityRecognizer(snapshot.Knowledge.Glossary, snapshot.Knowledge.Catalogue.Groups);
        Time("roles", () => { foreach (var q in questions) recognizer.Roles(ChatAssistant.Knowledge.Search.TextFolding.Words(q.Question)); });
        Time("search-1term", () => { foreach (var q in questions) snapshot.Search("vaditajs", snapshot.Units.Count); });
        Time("search-top10", () => { foreach (var q in questions) snapshot.Search(q.Question, 10); });
        Time("search", () => { foreach (var q in questions) snapshot.Search(q.Question, snapshot.Units.Count); });
        Time("analyse-lv", () => { foreach (var q in questions) snapshot.Analysis.Terms("lv", q.Question); });
        Time("analyse-en", () => { foreach (var q in questions) snapshot.Analysis.Terms("en", q.Question); });
        Time("analyse-nm", () => { foreach (var q in questions) snapshot.Analysis.Terms("names", q.Question); });
        Time("coverage", () => { foreach (var q in questions) snapshot.Coverage(q.Question); });

        void Time(string stage, Action all)
        {
            for (var i = 0; i < 10; i++) all();
            Thread.Sleep(300);
            var started = Stopwatch.GetTimestamp();
            for (var i = 0; i < rounds; i++) all();
            var perQuestion = Stopwatch.GetElapsedTime(started).TotalMicroseconds / (rounds * questions.Count);
            Console.WriteLine($"  {stage,-12} {perQuestion,8:0.0} µs per question (mean)");
        }
    }
}
