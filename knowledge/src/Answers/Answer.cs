using ChatAssistant.Knowledge.Model;
using ChatAssistant.Knowledge.Understanding;

namespace ChatAssistant.Knowledge.Answers;

public enum AnswerStatus
{
    /// <summary>A fact from the cards answers the question.</summary>
    Answered,

    /// <summary>The question is about expected regulatory changes: the card sends these to VARAM.</summary>
    Consult,

    /// <summary>The assistant does not know. Nothing is made up; escalation is offered.</summary>
    Unknown,

    /// <summary>Small talk: a greeting, thanks, a goodbye, "who are you?", "what can you do?". Never escalated.</summary>
    Conversation,

    /// <summary>A request for a feature (a checklist, my checklists, my tickets, escalation): the caller opens it.</summary>
    Request,
}

/// <summary>
/// An answer as plain data, already in the language of the question: the direct answer first, then the facts,
/// then the citation. Cards and the terminal render it; neither needs to know how it was found.
/// </summary>
public sealed record Answer(
    string Question,
    Language Language,
    QuestionKind Kind,
    AnswerStatus Status,
    double Confidence,
    string? UnitId,
    string Title,
    string Direct,
    IReadOnlyList<AnswerFact> Facts,
    string? Citation,
    string? Uncertainty,
    bool OfferEscalation,
    IReadOnlyList<FollowUp> FollowUps,
    IReadOnlyList<RankedHit> Hits)
{
    /// <summary>The share of the question's meaningful words that the content knows at all (diagnostics).</summary>
    public double Coverage { get; init; }

    /// <summary>The role the answer is about, when it is about exactly one: its holder can open a checklist from here.</summary>
    public string? Role { get; init; }

    /// <summary>The small talk or feature request the message was, for <see cref="AnswerStatus.Conversation"/> and <see cref="AnswerStatus.Request"/>.</summary>
    public ChatIntent? Intent { get; init; }

    /// <summary>
    /// The engine answered but is not sure the unit is what was asked: the match is weak, or another unit came a close
    /// second. The answer says so, offers that runner-up first among the follow-ups, and offers escalation.
    /// </summary>
    public bool Tentative { get; init; }

    /// <summary>What a follow-up question in the same conversation may inherit from this answer; the caller keeps it.</summary>
    public AnswerContext? Context { get; init; }
}

/// <summary>A supporting fact; <see cref="Unclear"/> is set when the source does not show it reliably.</summary>
public sealed record AnswerFact(string Text, string? Unclear);

/// <summary>A related question offered as a button. Choosing it answers <see cref="UnitId"/> directly.</summary>
public sealed record FollowUp(string UnitId, string Label);

/// <summary>A candidate unit with its search score and its final score after ranking, for the ask tool and tests.</summary>
public sealed record RankedHit(string UnitId, double SearchScore, double Score, double Overlap = 0);
