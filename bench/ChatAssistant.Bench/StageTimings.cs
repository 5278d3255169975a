using System.Diagnostics;
using ChatAssistant.Knowledge.Answers;
using ChatAssistant.Knowledge.Evaluation;
using ChatAssistant.Knowledge.Search;
using ChatAssistant.Knowledge.Understanding;

namespace ChatAssistant.Bench;

/// <summary>
/// Where the time per question goes, for questions nobody typed before (each stage sees each text once, so no cache
/// inside the engine helps): spelling, understanding and its parts, search, coverage, the whole answer, each with the bytes it allocates (the
/// garbage collector's share of a turn grows with them). Run with --stages.
/// </summary>
internal static class StageTimings
{
    public static void Run(KnowledgeIndex index, IReadOnlyList<EvalQuestion> questions, int count = 4000)
    {
        var snapshot = index.Current;
        var engine = new AnswerEngine(index, cacheAnswers: false);
        var texts = questions.Select(q => q.Question).ToList();
        var recognizer = new EntityRecognizer(snapshot.Knowledge.Glossary, snapshot.Knowledge.Catalogue.Groups);
        var seed = 100;
        Console.WriteLine($"stages, per distinct question (mean of {count}): time and bytes allocated");
        Time("spelling", q => snapshot.Spelling.Correct(q));
        Time("understand", q => snapshot.Understanding.Analyse(q));
        Time("fold", q => TextFolding.Fold(q));
        Time("kinds", q => KindRules.Match(TextFolding.Fold(q)));
        Time("intents", q => IntentRules.Match(TextFolding.Fold(q), () => []));
        Time("unanswerable", q => UnanswerableRules.Matches(TextFolding.Fold(q)));
        Time("unassigned", q => UnassignedActions.Find(TextFolding.Fold(q), false, false));
        Time("language", q => LanguageDetector.Detect(q, null));
        Time("roles", q => recognizer.Roles(TextFolding.Words(q)));
        Time("roles described", q => EntityRecognizer.RolesDescribed(TextFolding.Fold(q)));
        Time("phase", q => recognizer.Phase(TextFolding.Words(q)));
        Time("conditions", q => recognizer.Conditions(TextFolding.Fold(q), TextFolding.Words(q)));
        Time("legal acts", q => recognizer.LegalActs(TextFolding.Words(q)));
        Time("duty, scope", q => { var f = TextFolding.Fold(q); EntityRecognizer.DutyKind(f); EntityRecognizer.Scope(f); });
        Time("unlisted verb", q => UnassignedActions.FindUnlisted(TextFolding.Fold(q), null));
        Time("catalogue ask", q => CatalogueAsks.Of(TextFolding.Fold(q)));
        Time("follow-up", q => FollowUps.Looks(TextFolding.Fold(q), ChatAssistant.Knowledge.Model.Language.En));
        Time("search", q => snapshot.Search(q, snapshot.Units.Count));
        Time("coverage", q => snapshot.Coverage(q));
        Time("answer", q => engine.Ask(q));

        void Time(string stage, Action<string> step)
        {
            var warm = new DistinctQuestions(texts, seed++);
            for (var i = 0; i < 1000; i++) step(warm.Next());
            var distinct = new DistinctQuestions(texts, seed++);
            var batch = Enumerable.Range(0, count).Select(_ => distinct.Next()).ToList();
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var started = Stopwatch.GetTimestamp();
            foreach (var q in batch) step(q);
            var perQuestion = Stopwatch.GetElapsedTime(started).TotalMicroseconds / count;
            var bytes = (GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)count;
            Console.WriteLine($"  {stage,-16} {perQuestion,8:0.0} µs {bytes / 1024,8:0.0} KiB");
        }
    }
}
