using ChatAssistant.Knowledge.Answers;

namespace ChatAssistant.Knowledge.Evaluation;

/// <summary>How one question fared: the answer, whether it is right, and the rank of the right unit (0: not found).</summary>
public sealed record EvalResult(EvalQuestion Question, Answer Answer, bool Correct, int Rank, double Microseconds)
{
    public double ReciprocalRank => Rank == 0 ? 0 : 1.0 / Rank;
}

/// <summary>Accuracy figures for one slice of the set (a language group, a category, or all).</summary>
public sealed record EvalScore(string Slice, int Count, double Top1, double Mrr)
{
    public static EvalScore Of(string slice, IReadOnlyCollection<EvalResult> results) => new(
        slice,
        results.Count,
        results.Count == 0 ? 0 : results.Count(r => r.Correct) / (double)results.Count,
        results.Count == 0 ? 0 : results.Average(r => r.ReciprocalRank));
}
