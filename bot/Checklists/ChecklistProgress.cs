namespace ChatAssistant.Bot.Checklists;

/// <summary>
/// One person's progress on one role's checklist for one named piece of work (e.g. the act they are drafting).
/// <see cref="Version"/> is the checklist version the ticks were made against; <see cref="Revision"/> counts saves.
/// </summary>
public sealed record ChecklistProgress(
    string UserId,
    string Card,
    string Role,
    string Name,
    IReadOnlySet<string> Done,
    string Version,
    long Revision,
    DateTimeOffset UpdatedAt);

/// <summary>Where checklist progress is kept. The embedded SQLite store is the default.</summary>
public interface IChecklistStore
{
    Task<ChecklistProgress?> GetAsync(string userId, string card, string role, string name, CancellationToken cancellationToken);

    Task<IReadOnlyList<ChecklistProgress>> ListAsync(string userId, CancellationToken cancellationToken);

    /// <summary>
    /// Saves progress if nobody saved since <paramref name="expectedRevision"/> (0: a new checklist).
    /// Returns the saved progress (at the next revision, with the time it carries), or null when a newer save got there first.
    /// </summary>
    Task<ChecklistProgress?> SaveAsync(ChecklistProgress progress, long expectedRevision, CancellationToken cancellationToken);

    /// <summary>Deletes the progress last saved before <paramref name="cutoff"/>; returns how many checklists went.</summary>
    Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}
