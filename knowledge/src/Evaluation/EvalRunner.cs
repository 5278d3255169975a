using System.Diagnostics;
using ChatAssistant.Knowledge.Answers;
using ChatAssistant.Knowledge.Understanding;

namespace ChatAssistant.Knowledge.Evaluation;

/// <summary>
/// Runs the evaluation set through any question → answer function. A question is right when the top answer is an
/// expected unit (in scope) or "I don't know" with escalation (out of scope).
/// </summary>
public static class EvalRunner
{
    public static IReadOnlyList<EvalResult> Run(IReadOnlyList<EvalQuestion> questions, Func<string, Answer> ask) =>
        Run(questions, (question, _) => ask(question));

    /// <summary>Each turn of a conversation is asked with the previous turn's answer context, as the bot asks.</summary>
    public static IReadOnlyList<EvalResult> Run(IReadOnlyList<EvalQuestion> questions, Func<string, AnswerContext?, Answer> ask)
    {
        var results = new List<EvalResult>(questions.Count);
        Answer? previous = null;
        foreach (var q in questions)
        {
            var context = q.Conversation is not null && q.Turn > 0 ? previous?.Context : null;
            var started = Stopwatch.GetTimestamp();
            var answer = ask(q.Question, context);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMicroseconds;
            results.Add(Judge(q, answer, elapsed));
            previous = answer;
        }
        return results;
    }

    /// <summary>
    /// Confidently wrong: a fact stated as the answer where another fact, or none, was right. Declining wrongly is a
    /// miss too, but an honest one; so is an answer that says it is uncertain, or that it may not be what was asked
    /// (<see cref="Answer.Tentative"/>). This is the kind that misleads.
    /// </summary>
    public static bool ConfidentlyWrong(EvalResult result) =>
        !result.Correct && result.Answer.Status == AnswerStatus.Answered && result.Answer.Uncertainty is null && !result.Answer.Tentative;

    public static EvalResult Judge(EvalQuestion q, Answer answer, double microseconds = 0)
    {
        if (q.OutOfScope)
        {
            var declined = answer.Status == AnswerStatus.Unknown && answer.OfferEscalation;
            return new EvalResult(q, answer, declined, declined ? 1 : 0, microseconds);
        }
        var correct = (answer.Status != AnswerStatus.Unknown && answer.UnitId is not null && q.Expected.Contains(answer.UnitId))
            || (q.DeclineAccepted && answer.Status == AnswerStatus.Unknown && answer.OfferEscalation);
        var rank = correct ? 1 : RankOf(q, answer);
        return new EvalResult(q, answer, correct, rank, microseconds);
    }

    /// <summary>Where the right unit sits among the ranked hits, for MRR; beyond the hits it counts as not found.</summary>
    private static int RankOf(EvalQuestion q, Answer answer)
    {
        var index = answer.Hits.ToList().FindIndex(h => q.Expected.Contains(h.UnitId));
        return index < 0 ? 0 : index + 1;
    }

    public static IEnumerable<EvalScore> ByLanguage(IReadOnlyList<EvalResult> results) =>
        results.GroupBy(r => r.Question.LanguageGroup).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => EvalScore.Of(g.Key, g.ToList()));

    public static IEnumerable<EvalScore> ByCategory(IReadOnlyList<EvalResult> results) =>
        results.GroupBy(r => r.Question.Category).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => EvalScore.Of(g.Key, g.ToList()));
}
