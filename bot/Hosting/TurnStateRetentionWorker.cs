using ChatAssistant.Bot.State;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Bot.Hosting;

/// <summary>
/// Deletes conversation and user state (the last question asked, the answers given, an unfinished form) that no turn
/// has written for <see cref="StorageOptions.StateRetentionDays"/>. A person who comes back later starts afresh.
/// </summary>
public sealed class TurnStateRetentionWorker(IStateStorage storage, IOptions<StorageOptions> options, TimeProvider time, ILogger<TurnStateRetentionWorker> logger)
    : RetentionJob(time, logger)
{
    protected override int RetentionDays => options.Value.StateRetentionDays;
    protected override string What => "conversation and user state items";

    protected override Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        storage.DeleteTurnStateOlderThanAsync(cutoff, cancellationToken);
}
