namespace ChatAssistant.Bot.Escalation;

/// <summary>
/// Durable ticket storage: the embedded SQLite store by default, Azure Table storage for scale-out. Both pass the
/// same contract tests.
/// </summary>
public interface ITicketStore
{
    /// <summary>
    /// Stores a new ticket under the next number of its year and returns it. A second call with the same
    /// <see cref="Ticket.SubmissionId"/> (a double-clicked form) returns the ticket stored the first time.
    /// </summary>
    Task<Ticket> CreateAsync(Ticket draft, CancellationToken cancellationToken);

    Task<Ticket?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>Saves <paramref name="ticket"/> if the stored revision is still <paramref name="expectedRevision"/>; null when someone else saved first.</summary>
    Task<Ticket?> TryUpdateAsync(Ticket ticket, long expectedRevision, CancellationToken cancellationToken);

    /// <summary>The tickets a person submitted, newest first.</summary>
    Task<IReadOnlyList<Ticket>> ListBySubmitterAsync(string submitterId, CancellationToken cancellationToken);

    /// <summary>Every ticket, oldest first: for the content editors' export.</summary>
    Task<IReadOnlyList<Ticket>> ListAllAsync(CancellationToken cancellationToken);

    /// <summary>Tickets that still have a delivery to make.</summary>
    Task<IReadOnlyList<Ticket>> ListWithPendingAsync(CancellationToken cancellationToken);

    /// <summary>New and assigned tickets last changed before <paramref name="cutoff"/>, oldest first.</summary>
    Task<IReadOnlyList<Ticket>> ListOpenChangedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);

    /// <summary>Deletes answered and closed tickets last changed before <paramref name="cutoff"/>; returns how many.</summary>
    Task<int> DeleteClosedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}
