using Microsoft.Bot.Builder;

namespace ChatAssistant.Bot.State;

/// <summary>
/// Bot state storage that can forget: conversation and user state (the last question asked, the answers given, the
/// dialog stack) hold what people typed, so what no turn has written for a while is deleted.
/// </summary>
public interface IStateStorage : IStorage
{
    /// <summary>
    /// Deletes the conversation and user state last written before <paramref name="cutoff"/>; returns how many items
    /// went. Other items (the consultation channel's conversation reference, which is configuration) stay.
    /// </summary>
    Task<int> DeleteTurnStateOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}

/// <summary>Which storage keys are conversation or user state: Bot Builder names them "{channel}/conversations/{id}" and "{channel}/users/{id}".</summary>
public static class TurnStateKeys
{
    public static bool IsTurnState(string key) =>
        key.Contains("/conversations/", StringComparison.Ordinal) || key.Contains("/users/", StringComparison.Ordinal);
}
