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

    /// <summary>Small talk or a request for a feature; null for a question about the content.</summary>
    public ChatIntent? Intent { get; init; }

    /// <summary>What a catalogue question asks for: "count" (how many tasks), "repeated" (● tasks), or null.</summary>
    public string? CatalogueAsk { get; init; }

    /// <summary>A group of the task map the question names ("PU3"), when it names one without a task number.</summary>
    public string? Group { get; init; }

    /// <summary>An action the card assigns to nobody that a "who …?" question asks about ("approve", "sign").</summary>
    public string? UnassignedAction { get; init; }

    /// <summary>Asked from a role's point of view ("I am a service manager, what do I do first?").</summary>
    public bool RoleView { get; init; }

    /// <summary>Names a lifecycle stage of a service ("retiring a service", "during provision").</summary>
    public bool AsksAboutStages { get; init; }

    /// <summary>Names resources and not services ("support"), or services and not resources ("core"), without naming a role.</summary>
    public string? Level { get; init; }

    /// <summary>Asks what to bear in mind: the card's points for attention.</summary>
    public bool AsksWhatToMind { get; init; }

    /// <summary>The question asks what information is needed ("kāda info vajadzīga?"): the information resources.</summary>
    public bool AsksForInformation { get; init; }

    /// <summary>The question asks how tasks are linked and says "tasks" ("ar kuriem citiem uzdevumiem šis ir saistīts?").</summary>
    public bool AsksAboutTaskLinks { get; init; }

    /// <summary>Names a level or scale of activity ("nodrošinājuma līmenī", "institution scale"), not a lifecycle stage.</summary>
    public bool NamesALevel { get; init; }

    /// <summary>"Kurā līmenī ir resursa saimnieka loma?": which level or scale a role sits at, which the levels table answers.</summary>
    public bool AsksWhichLevel { get; init; }

    /// <summary>Whether the question leans on the previous one: "and for resources?", "kurā grupā tas ir?".</summary>
    public bool IsFollowUp { get; init; }

    /// <summary>Speaks of the card itself: "this task", "šis uzdevums", "linked to this one".</summary>
    public bool RefersToThisCard { get; init; }

    /// <summary>The question names this card by its subject ("saistīts ar speciālo normatīvo aktu izstrādi"), not by "this task".</summary>
    public bool NamesThisCardsSubject { get; init; }

    /// <summary>
    /// A follow-up that points at one item of the list the previous answer gave ("what does the second one mean?"
    /// after the conditions): its place, 1-based, or -1 for the last; null otherwise.
    /// </summary>
    public int? Ordinal { get; init; }

    /// <summary>A follow-up that asks only what comes next ("and after that?"): <see cref="Phase"/> is the next phase.</summary>
    public bool AsksWhatNext { get; init; }
}
