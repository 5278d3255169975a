namespace ChatAssistant.Bot.ComposeSearch;

/// <summary>
/// How often each answer was given in the chat, by the answer's unit id: no question text and no person, so the
/// counts say what people need without saying who asked what.
/// </summary>
public interface IAnswerCountStore
{
    /// <summary>Counts <paramref name="times"/> more answers from <paramref name="unitId"/>, the last one given <paramref name="at"/>.</summary>
    Task CountAsync(string unitId, int times, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>The unit ids given most often, most first (ties: the most recent first), at most <paramref name="count"/>.</summary>
    Task<IReadOnlyList<string>> MostGivenAsync(int count, CancellationToken cancellationToken);

    /// <summary>Deletes the counts of units last given before <paramref name="cutoff"/>; returns how many went.</summary>
    Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}
