namespace ChatAssistant.Knowledge.Model;

/// <summary>One task card, e.g. PU2-6, with every fact it holds. Each part carries the slide it comes from.</summary>
public sealed record TaskCard(
    string Id,
    Text Title,
    int Slides,
    LevelsPart Levels,
    StagesPart Stages,
    IReadOnlyList<RoleDuties> Roles,
    RelatedPart Related,
    ConditionsPart Conditions,
    IReadOnlyList<Phase> Phases,
    LegalActsPart LegalActs,
    IReadOnlyList<Section> Sections,
    string File);

/// <summary>An item of a list on a card. <see cref="Unclear"/> is set where the source is not reliable.</summary>
public sealed record Item(string Id, Text Text, Text? Unclear);

/// <summary>A titled list of facts on one slide: results, threats, competences, resources, guidance.</summary>
public sealed record Section(
    string Id,
    Topic Topic,
    int Slide,
    Text Title,
    Text Summary,
    IReadOnlyList<Item> Items,
    Text? Unclear);

/// <summary>A row of the levels and scales table: at this level and scale, this role takes part.</summary>
public sealed record LevelRow(string Level, string Scale, string Role, string? Marker);

public sealed record LevelsPart(int Slide, Text Summary, IReadOnlyList<LevelRow> Rows, Text? Unclear);

/// <summary>A lifecycle stage and whether the task takes part in it.</summary>
public sealed record StageItem(string Stage, Text? Unclear);

public sealed record StagesPart(int Slide, Text Summary, IReadOnlyList<StageItem> Items, Text? Unclear);

/// <summary>
/// A role holder's duties under this task. Each duty names the phase of the steps it belongs to,
/// and a <see cref="Duty.Kind"/> (identify, develop, amend) that pairs it with the coordinating portfolio duty.
/// </summary>
public sealed record RoleDuties(string Role, int Slide, Text Definition, IReadOnlyList<Duty> Duties);

public sealed record Duty(string Id, string Kind, string Phase, Text Text);

/// <summary>What the task map shows about tasks related to this one. The links themselves live in the catalogue.</summary>
public sealed record RelatedPart(int Slide, Text Summary, Text? Unclear);

public sealed record ConditionsPart(int Slide, Text Summary, IReadOnlyList<string> Items, Text Note);

/// <summary>One of the phases of steps: before, while and after creating the regulation.</summary>
public sealed record Phase(string Id, int Slide, Text Summary, IReadOnlyList<Item> Steps);

public sealed record LegalActsPart(int Slide, Text Summary, IReadOnlyList<string> Acts);
