using ChatAssistant.Knowledge.Model;

namespace ChatAssistant.Knowledge.Understanding;

/// <summary>What the person asks for. Each kind prefers answer units of some topics.</summary>
public enum QuestionKind
{
    Unknown,
    Responsible,
    RoleDuties,
    Steps,
    Outcomes,
    LegalActs,
    Competences,
    Resources,
    LevelsScales,
    Conditions,
    Task,
    RelatedTasks,
    Guidance,
    RegulatoryChange,
    Catalogue,
}

internal static class QuestionKindTopics
{
    public static IReadOnlyList<Topic> Of(QuestionKind kind) => kind switch
    {
        QuestionKind.Responsible => [Topic.Responsibility, Topic.Guidance],
        QuestionKind.RoleDuties => [Topic.RoleDuties, Topic.Responsibility],
        QuestionKind.Steps => [Topic.Steps],
        QuestionKind.Outcomes => [Topic.Outcomes],
        QuestionKind.LegalActs => [Topic.LegalActs],
        QuestionKind.Competences => [Topic.Competences],
        QuestionKind.Resources => [Topic.Resources],
        QuestionKind.LevelsScales => [Topic.LevelsScales],
        QuestionKind.Conditions => [Topic.Conditions],
        QuestionKind.Task => [Topic.Task],
        QuestionKind.RelatedTasks => [Topic.RelatedTasks],
        QuestionKind.Guidance => [Topic.Guidance],
        QuestionKind.RegulatoryChange => [Topic.Consultation],
        QuestionKind.Catalogue => [Topic.Catalogue, Topic.Task],
        _ => [],
    };
}
