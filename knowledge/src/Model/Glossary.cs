namespace ChatAssistant.Knowledge.Model;

/// <summary>Shared vocabulary of the framework: every card refers to these by ID.</summary>
public sealed record Glossary(
    IReadOnlyList<Term> Levels,
    IReadOnlyList<Term> Scales,
    IReadOnlyList<Term> Stages,
    IReadOnlyList<Term> Phases,
    IReadOnlyList<Role> Roles,
    IReadOnlyList<Condition> Conditions,
    IReadOnlyList<LegalAct> LegalActs)
{
    public Role Role(string id) => Roles.First(r => r.Id == id);
    public Term Phase(string id) => Phases.First(p => p.Id == id);
}

/// <summary>A named term such as a level, a scale, a lifecycle stage or a phase.</summary>
public sealed record Term(string Id, Text Name, Aliases Aliases);

/// <summary>Extra names staff use when they ask, in each language. Used to recognise entities in questions.</summary>
public sealed record Aliases(IReadOnlyList<string> Lv, IReadOnlyList<string> En)
{
    public static readonly Aliases None = new([], []);
    public IReadOnlyList<string> In(Language language) => language == Language.Lv ? Lv : En;
}

/// <summary>
/// A service-management role (the "saimnieks") and the person who holds it (the "vadītājs").
/// <see cref="Portfolio"/> names the institution-wide role that coordinates this one, if any.
/// </summary>
public sealed record Role(
    string Id,
    Text Name,
    Text Holder,
    string Level,
    string Scale,
    string? Portfolio,
    Aliases Aliases);

/// <summary>
/// A condition for creating, providing and improving services, e.g. N1-4. <see cref="Aliases"/> are the short ways
/// people refer to it ("life situations"); they only recognise the condition in a question.
/// </summary>
public sealed record Condition(string Id, Text Group, Text Name, Aliases? Aliases = null);

/// <summary>A legal act the cards refer to.</summary>
public sealed record LegalAct(string Id, Text Name, Aliases Aliases);
