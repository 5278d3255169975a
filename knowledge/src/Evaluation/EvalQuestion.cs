namespace ChatAssistant.Knowledge.Evaluation;

/// <summary>
/// One question of the evaluation set and the answer unit(s) that are right for it. An empty
/// <see cref="Expected"/> means the card does not answer it: the right answer is "I don't know" plus escalation.
/// Questions of one conversation share <see cref="Conversation"/> and are asked in order, each turn with the
/// previous answer's context.
/// </summary>
public sealed record EvalQuestion(string Question, string LanguageGroup, string Category, IReadOnlyList<string> Expected)
{
    public bool OutOfScope => Expected.Count == 0;

    /// <summary>The conversation the question is a turn of (its entry number in the set), or null when it stands alone.</summary>
    public int? Conversation { get; init; }

    /// <summary>An honest "I don't know" is right too, besides the expected units (the writer listed none beside them).</summary>
    public bool DeclineAccepted { get; init; }

    /// <summary>The turn within <see cref="Conversation"/>, from 0.</summary>
    public int Turn { get; init; }
}
