using ChatAssistant.Knowledge.Model;

namespace ChatAssistant.Knowledge.Understanding;

/// <summary>What the engine understood of a question before searching: language, kind and named entities.</summary>
public sealed record QuestionAnalysis(
    string Text,
    Language Language,
    IReadOnlyList<QuestionKind> Kinds,
    IReadOnlyList<string> Roles,
    string? Phase,
    IReadOnlyList<string> Tasks,
    IReadOnlyList<string> Conditions,
    IReadOnlyList<string> LegalActs,
    string? DutyKind,
    string? Scope,
    bool AsksForUnstatedFacts)
{
    public QuestionKind Kind => Kinds.Count > 0 ? Kinds[0] : QuestionKind.Unknown;
}
