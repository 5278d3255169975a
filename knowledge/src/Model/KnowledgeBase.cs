namespace ChatAssistant.Knowledge.Model;

/// <summary>Everything the assistant knows: the glossary, the catalogue of tasks and the task cards we hold.</summary>
public sealed record KnowledgeBase(Glossary Glossary, Catalogue Catalogue, IReadOnlyList<TaskCard> Cards, Synonyms Synonyms)
{
    /// <summary>The editors' extra phrasings per answer unit (<c>questions.yaml</c>).</summary>
    public Phrasings Phrasings { get; init; } = Phrasings.None;

    /// <summary>The editors' example messages per intent: small talk and requests (<c>intents.yaml</c>).</summary>
    public IntentExamples Intents { get; init; } = IntentExamples.None;

    public TaskCard? Card(string id) => Cards.FirstOrDefault(c => string.Equals(c.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>The card a plain "checklist" or the escalation form's role list means: the first card that has roles.</summary>
    public string DefaultRoleCard => Cards.First(c => c.Roles.Count > 0).Id;

    /// <summary>The roles of a card with their definitions on it, in the card's order; none for an unknown card.</summary>
    public IReadOnlyList<(Role Role, Text Definition)> Roles(string card) =>
        Card(card)?.Roles.Select(r => (Glossary.Role(r.Role), r.Definition)).ToList() ?? [];
}
