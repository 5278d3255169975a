using ChatAssistant.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Bot.Feedback;

/// <summary>
/// Deletes report groups not seen for <see cref="FeedbackOptions.RetentionDays"/>: the questions are people's own
/// words, kept as long as their votes are.
/// </summary>
public sealed class UnansweredRetentionWorker(IUnansweredStore store, IOptions<FeedbackOptions> options, TimeProvider time, ILogger<UnansweredRetentionWorker> logger)
    : PeriodicWorker(time, logger)
{
    protected override TimeSpan Period => TimeSpan.FromHours(6);

    public override async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var deleted = await store.DeleteOlderThanAsync(RetentionCutoff(options.Value.RetentionDays), cancellationToken);
        if (deleted > 0) Logger.LogInformation("Deleted {Count} unanswered-question groups past the {Days}-day retention period", deleted, options.Value.RetentionDays);
        return deleted;
    }
}
