namespace ChatAssistant.Bot.Feedback;

/// <summary>
/// The unanswered-questions report for the content editors: alike questions are counted in one group per reason, so
/// the list shows what is missing most often first.
/// </summary>
public interface IUnansweredStore
{
    Task RecordAsync(UnansweredQuestion question, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Every group, most frequent first.</summary>
    Task<IReadOnlyList<UnansweredGroup>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Deletes the groups last seen before <paramref name="cutoff"/>; returns how many went.</summary>
    Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}
