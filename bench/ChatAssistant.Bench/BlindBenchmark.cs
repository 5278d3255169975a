using ChatAssistant.Knowledge.Answers;
using ChatAssistant.Knowledge.Evaluation;
using ChatAssistant.Knowledge.Search;

namespace ChatAssistant.Bench;

/// <summary>
/// The blind sets, written by people who saw only the card: the tuning batches together, then each held-out set on its
/// own (the first split and the fifth batch's), with the confidently-wrong rate and how small talk, feature requests and
/// undeclared actions fared. Scores only: the held-out misses are never printed.
/// </summary>
internal static class BlindBenchmark
{
    public static void Run(KnowledgeIndex index)
    {
        var engine = new AnswerEngine(index, cacheAnswers: false);
        var folder = Path.Combine(RepositoryRoot.Find(), "tests", "ChatAssistant.Knowledge.Tests", "TestData", "blind");
        var tuning = new[] { "tuning.yaml", "tuning-2.yaml", "tuning-3.yaml", "tuning-4.yaml", "tuning-5.yaml", "tuning-6.yaml", "tuning-7.yaml", "tuning-8.yaml", "tuning-9.yaml", "tuning-10.yaml", "tuning-11.yaml", "tuning-12.yaml", "tuning-13.yaml", "tuning-14.yaml", "tuning-15.yaml", "tuning-16.yaml", "tuning-17.yaml", "tuning-18.yaml", "tuning-19.yaml", "tuning-20.yaml", "tuning-21.yaml", "tuning-22.yaml", "tuning-23.yaml", "tuning-24.yaml", "tuning-25.yaml" }.SelectMany(f => EvalSetReader.Read(Path.Combine(folder, f))).ToList();
        var heldOut = EvalSetReader.Read(Path.Combine(folder, "holdout.yaml"));
        var heldOut2 = EvalSetReader.Read(Path.Combine(folder, "holdout-2.yaml"));
        var heldOut3 = EvalSetReader.Read(Path.Combine(folder, "holdout-3.yaml"));
        var heldOut4 = EvalSetReader.Read(Path.Combine(folder, "holdout-4.yaml"));
        var heldOut5 = EvalSetReader.Read(Path.Combine(folder, "holdout-5.yaml"));
        var heldOut6 = EvalSetReader.Read(Path.Combine(folder, "holdout-6.yaml"));
        var heldOut7 = EvalSetReader.Read(Path.Combine(folder, "holdout-7.yaml"));
        var heldOut8 = EvalSetReader.Read(Path.Combine(folder, "holdout-8.yaml"));
        var heldOut9 = EvalSetReader.Read(Path.Combine(folder, "holdout-9.yaml"));
        var heldOut10 = EvalSetReader.Read(Path.Combine(folder, "holdout-10.yaml"));
        var heldOut11 = EvalSetReader.Read(Path.Combine(folder, "holdout-11.yaml"));
        var heldOut12 = EvalSetReader.Read(Path.Combine(folder, "holdout-12.yaml"));
        var heldOut13 = EvalSetReader.Read(Path.Combine(folder, "holdout-13.yaml"));
        var heldOut14 = EvalSetReader.Read(Path.Combine(folder, "holdout-14.yaml"));
        var heldOut15 = EvalSetReader.Read(Path.Combine(folder, "holdout-15.yaml"));
        var heldOut16 = EvalSetReader.Read(Path.Combine(folder, "holdout-16.yaml"));
        var heldOut17 = EvalSetReader.Read(Path.Combine(folder, "holdout-17.yaml"));
        var heldOut18 = EvalSetReader.Read(Path.Combine(folder, "holdout-18.yaml"));
        var heldOut19 = EvalSetReader.Read(Path.Combine(folder, "holdout-19.yaml"));
        var heldOut20 = EvalSetReader.Read(Path.Combine(folder, "holdout-20.yaml"));
        var heldOut21 = EvalSetReader.Read(Path.Combine(folder, "holdout-21.yaml"));
        var heldOut22 = EvalSetReader.Read(Path.Combine(folder, "holdout-22.yaml"));
        Console.WriteLine();
        Console.WriteLine("blind sets (independent writers who saw only the card; follow-ups asked in conversation):");
        Report("tuning (studied)", EvalRunner.Run(tuning, (q, context) => engine.Ask(q, previous: context)));
        Report("held-out (measured only)", EvalRunner.Run(heldOut, (q, context) => engine.Ask(q, previous: context)));
        Report("held-out 2, fifth batch (measured only)", EvalRunner.Run(heldOut2, (q, context) => engine.Ask(q, previous: context)));
        Report("held-out 3, sixth batch (measured only)", EvalRunner.Run(heldOut3, (q, context) => engine.Ask(q, previous: context)));
        Report("held-out 4, seventh batch: small talk, requests, unassigned, out of scope (measured only)", EvalRunner.Run(heldOut4, (q, context) => engine.Ask(q, previous: context)));
        Report("held-out 5, eighth batch (measured only)", EvalRunner.Run(heldOut5, (q, context) => engine.Ask(q, previous: context)));
        Report("held-out 6, ninth batch (measured only)", EvalRunner.Run(heldOut6, (q, context) => engine.Ask(q, previous: context)));
        Report("held-out 7, tenth batch (measured only)", EvalRunner.Run(heldOut7, (q, context) => engine.Ask(q, previous: context)));
        Report("held-out 8, eleventh batch (measured only)", EvalRunner.Run(heldOut8, (q, context) => engine.Ask(q, previous: context)));
        Report("held-out 9, twelfth batch (measured only)", EvalRunner.Run(heldOut9, (q, context) => engine.Ask(q, previous: context)));
        Report("held-out 10, thirteenth batch (measured only)", EvalRunner.Run(heldOut10, (q, context) => engine.Ask(q, previous: context)));
        Report("held-out 11, fourteenth batch (measured only)", EvalRunner.Run(heldOut11, (q, context) => engine.Ask(q, previous: context)));
        Report("held-out 12, fifteenth batch (measured only)", EvalRunner.Run(heldOut12, (q, context) => engine.Ask(q, previous: context)));
        Report("held-out 13, sixteenth batch (measured only)", EvalRunner.Run(heldOut13, (q, context) => engine.Ask(q, previous: context)));
        Report("held-out 14, seventeenth batch (measured only)", EvalRunner.Run(heldOut14, (q, context) => engine.Ask(q, previous: context)));
        Report("held-out 15, eighteenth batch (measured only)", EvalRunner.Run(heldOut15, (q, context) => engine.Ask(q, previous: context)));
        Report("held-out 16, nineteenth batch (measured only)", EvalRunner.Run(heldOut16, (q, context) => engine.Ask(q, previous: context)));
        Report("held-out 17, twentieth batch (measured only)", EvalRunner.Run(heldOut17, (q, context) => engine.Ask(q, previous: context)));
        Report("held-out 18, twenty-first batch (measured only)", EvalRunner.Run(heldOut18, (q, context) => engine.Ask(q, previous: context)));
        Report("held-out 19, twenty-second batch (measured only)", EvalRunner.Run(heldOut19, (q, context) => engine.Ask(q, previous: context)));
        Report("held-out 20, twenty-third batch (measured only)", EvalRunner.Run(heldOut20, (q, context) => engine.Ask(q, previous: context)));
        Report("held-out 21, twenty-fourth batch (measured only)", EvalRunner.Run(heldOut21, (q, context) => engine.Ask(q, previous: context)));
        Report("held-out 22, twenty-fifth batch (measured only)", EvalRunner.Run(heldOut22, (q, context) => engine.Ask(q, previous: context)));
    }

    private static void Report(string name, IReadOnlyList<EvalResult> results)
    {
        string Rate(string category)
        {
            var slice = results.Where(r => r.Question.Category == category).ToList();
            return slice.Count == 0 ? "-" : $"{slice.Count(r => r.Correct)}/{slice.Count}";
        }
        var languages = string.Join(", ", EvalRunner.ByLanguage(results).Select(s => $"{s.Slice} {s.Top1:P1} (n={s.Count})"));
        var wrong = results.Count(EvalRunner.ConfidentlyWrong);
        var stated = results.Count(r => r.Answer.Status == ChatAssistant.Knowledge.Answers.AnswerStatus.Answered);
        var tentative = results.Count(r => r.Answer.Tentative);
        var whoWrong = results.Count(r => r.Question.Category is "responsible" or "not-assigned" && EvalRunner.ConfidentlyWrong(r));
        Console.WriteLine($"  {name}: top-1 {EvalScore.Of("all", results.ToList()).Top1:P1} of {results.Count}; {languages}");
        Console.WriteLine($"    confidently wrong {wrong} ({wrong / (double)results.Count:P1}), on who-is-responsible and undeclared actions {whoWrong}; " +
            $"tentative {tentative} of {stated} stated answers; " +
            $"small talk {Rate("smalltalk")}, requests in sentences {Rate("feature-request")}, undeclared actions declined {Rate("not-assigned")}, " +
            $"follow-ups {Rate("follow-up")}, typos {Rate("typos")}, catalogue {Rate("catalogue")}, out of scope {Rate("out-of-scope")}");
    }
}
