namespace ChatAssistant.Knowledge.Model;

/// <summary>Everything the assistant knows: the glossary, the catalogue of tasks and the task cards we hold.</summary>
public sealed record KnowledgeBase(Glossary Glossary, Catalogue Catalogue, IReadOnlyList<TaskCard> Cards, Synonyms Synonyms)
{
    /// <summary>The editors' extra phrasings per answer unit (<c>questions.yaml</c>).</summary>
    public Phrasings Phrasings { get; init; } = Phrasings.None;

    public TaskCard? Card(string id) => Cards.FirstOrDefault(c => string.Equals(c.Id, id, StringComparison.OrdinalIgnoreCase));
}
