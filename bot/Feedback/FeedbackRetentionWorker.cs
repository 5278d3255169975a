using ChatAssistant.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Bot.Feedback;

/// <summary>Deletes votes older than <see cref="FeedbackOptions.RetentionDays"/>.</summary>
public sealed class FeedbackRetentionWorker(IFeedbackStore store, IOptions<FeedbackOptions> options, TimeProvider time, ILogger<FeedbackRetentionWorker> logger)
    : PeriodicWorker(time, logger)
{
    protected override TimeSpan Period => TimeSpan.FromHours(6);

    public override async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var cutoff = RetentionCutoff(options.Value.RetentionDays);
        var deleted = await store.DeleteOlderThanAsync(cutoff, cancellationToken);
        if (deleted > 0) Logger.LogInformation("Deleted {Count} feedback votes past the {Days}-day retention period", deleted, options.Value.RetentionDays);
        return deleted;
    }
}
