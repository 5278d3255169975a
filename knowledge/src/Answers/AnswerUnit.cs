using ChatAssistant.Knowledge.Model;

namespace ChatAssistant.Knowledge.Answers;

/// <summary>
/// The smallest thing the assistant answers with: one fact or one list of facts from a card, with the sentence
/// that states it directly, the facts behind it and where it comes from. The search index holds these.
/// </summary>
public sealed record AnswerUnit(
    string Id,
    Topic Topic,
    Source Source,
    Text Title,
    Text Direct,
    IReadOnlyList<Fact> Facts,
    Text? Unclear,
    UnitEntities Entities,
    IReadOnlyList<string> Names,
    IReadOnlyList<string> FollowUps)
{
    /// <summary>Whether the unit states anything the source does not show reliably.</summary>
    public bool IsUncertain => Unclear is not null || Facts.Any(f => f.Unclear is not null);
}

/// <summary>A supporting fact. <see cref="Unclear"/> says what of it is uncertain, when something is.</summary>
public sealed record Fact(Text Text, Text? Unclear = null);

/// <summary>What a unit is about, for matching the entities found in a question.</summary>
public sealed record UnitEntities(
    IReadOnlyList<string> Roles,
    string? Phase = null,
    string? Task = null,
    string? Condition = null,
    string? LegalAct = null,
    string? DutyKind = null,
    string? Scope = null,
    string? Group = null,
    string? CatalogueAsk = null,
    bool Lifecycle = false)
{
    public static readonly UnitEntities None = new([]);
}
