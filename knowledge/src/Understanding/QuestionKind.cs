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
    private static readonly Topic[] ResponsibleTopics = [Topic.Responsibility, Topic.Guidance];
    private static readonly Topic[] RoleDutiesTopics = [Topic.RoleDuties, Topic.Responsibility];
    private static readonly Topic[] StepsTopics = [Topic.Steps];
    private static readonly Topic[] OutcomesTopics = [Topic.Outcomes];
    private static readonly Topic[] LegalActsTopics = [Topic.LegalActs];
    private static readonly Topic[] CompetencesTopics = [Topic.Competences];
    private static readonly Topic[] ResourcesTopics = [Topic.Resources];
    private static readonly Topic[] LevelsScalesTopics = [Topic.LevelsScales];
    private static readonly Topic[] ConditionsTopics = [Topic.Conditions];
    private static readonly Topic[] TaskTopics = [Topic.Task];
    private static readonly Topic[] RelatedTasksTopics = [Topic.RelatedTasks];
    private static readonly Topic[] GuidanceTopics = [Topic.Guidance];
    private static readonly Topic[] RegulatoryChangeTopics = [Topic.Consultation];
    private static readonly Topic[] CatalogueTopics = [Topic.Catalogue, Topic.Task];

    /// <summary>The topics that answer a kind of question, best first; the same array every time (the ranker asks per unit).</summary>
    public static IReadOnlyList<Topic> Of(QuestionKind kind) => kind switch
    {
        QuestionKind.Responsible => ResponsibleTopics,
        QuestionKind.RoleDuties => RoleDutiesTopics,
        QuestionKind.Steps => StepsTopics,
        QuestionKind.Outcomes => OutcomesTopics,
        QuestionKind.LegalActs => LegalActsTopics,
        QuestionKind.Competences => CompetencesTopics,
        QuestionKind.Resources => ResourcesTopics,
        QuestionKind.LevelsScales => LevelsScalesTopics,
        QuestionKind.Conditions => ConditionsTopics,
        QuestionKind.Task => TaskTopics,
        QuestionKind.RelatedTasks => RelatedTasksTopics,
        QuestionKind.Guidance => GuidanceTopics,
        QuestionKind.RegulatoryChange => RegulatoryChangeTopics,
        QuestionKind.Catalogue => CatalogueTopics,
        _ => [],
    };
}
