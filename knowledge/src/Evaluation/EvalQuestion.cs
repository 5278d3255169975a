namespace ChatAssistant.Knowledge.Evaluation;

/// <summary>
/// One question of the evaluation set and the answer unit(s) that are right for it. An empty
/// <see cref="Expected"/> means out of scope: the right answer is "I don't know" plus escalation.
/// </summary>
public sealed record EvalQuestion(string Question, string LanguageGroup, string Category, IReadOnlyList<string> Expected)
{
    public bool OutOfScope => Expected.Count == 0;
}
