namespace ChatAssistant.Knowledge.Model;

/// <summary>The 32 tasks of the service-management framework, whether or not we hold their cards.</summary>
public sealed record Catalogue(IReadOnlyList<TaskGroup> Groups, IReadOnlyList<TaskEntry> Tasks)
{
    /// <summary>Boxes the task map draws across or inside the groups, e.g. "Spēju un resursu nodrošināšana".</summary>
    public IReadOnlyList<TaskArea> Areas { get; init; } = [];

    public TaskEntry? Find(string id) => Tasks.FirstOrDefault(t => string.Equals(t.Id, id, StringComparison.OrdinalIgnoreCase));
}

/// <summary>PU1 policy level, PU2 core and support level, PU3 all levels.</summary>
public sealed record TaskGroup(string Id, Text Name);

/// <summary>
/// One task of the framework. <see cref="Repeats"/> is the ● marker on the task map (the task appears in several places).
/// <see cref="Unclear"/> says what of the entry the source does not show reliably.
/// </summary>
public sealed record TaskEntry(
    string Id,
    string Group,
    Text Name,
    bool Repeats,
    Text? Unclear,
    IReadOnlyList<TaskLink> Links,
    Source Source);

/// <summary>A link on the task map from one task to another, e.g. PU2-7 sits next to PU2-6.</summary>
public sealed record TaskLink(string Task, Text Relation, Text? Unclear);

/// <summary>
/// A separately marked box on the task map that is not a level of its own, with the tasks the source shows in it.
/// <see cref="Unclear"/> says what of it the source does not show reliably.
/// </summary>
public sealed record TaskArea(string Id, Text Name, IReadOnlyList<string> Tasks, Text? Unclear);
