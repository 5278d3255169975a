using ChatAssistant.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Bot.Feedback;

/// <summary>Deletes votes older than <see cref="FeedbackOptions.RetentionDays"/>.</summary>
public sealed class FeedbackRetentionWorker(IFeedbackStore store, IOptions<FeedbackOptions> options, TimeProvider time, ILogger<FeedbackRetentionWorker> logger)
    : RetentionJob(time, logger)
{
    protected override int RetentionDays => options.Value.RetentionDays;
    protected override string What => "feedback votes";

    protected override Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        store.DeleteOlderThanAsync(cutoff, cancellationToken);
}
