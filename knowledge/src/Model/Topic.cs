namespace ChatAssistant.Knowledge.Model;

/// <summary>What a fact is about. The answer engine matches it against the kind of question.</summary>
public enum Topic
{
    Responsibility,
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
    Consultation,
    Catalogue,
}
