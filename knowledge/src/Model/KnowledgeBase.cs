namespace ChatAssistant.Knowledge.Model;

/// <summary>Everything the assistant knows: the glossary, the catalogue of tasks and the task cards we hold.</summary>
public sealed record KnowledgeBase(Glossary Glossary, Catalogue Catalogue, IReadOnlyList<TaskCard> Cards, Synonyms Synonyms)
{
    public TaskCard? Card(string id) => Cards.FirstOrDefault(c => string.Equals(c.Id, id, StringComparison.OrdinalIgnoreCase));
}
