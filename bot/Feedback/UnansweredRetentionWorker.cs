using ChatAssistant.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Bot.Feedback;

/// <summary>
/// Deletes report groups not seen for <see cref="FeedbackOptions.RetentionDays"/>: the questions are people's own
/// words, kept as long as their votes are.
/// </summary>
public sealed class UnansweredRetentionWorker(IUnansweredStore store, IOptions<FeedbackOptions> options, TimeProvider time, ILogger<UnansweredRetentionWorker> logger)
    : RetentionJob(time, logger)
{
    protected override int RetentionDays => options.Value.RetentionDays;
    protected override string What => "unanswered-question groups";

    protected override Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        store.DeleteOlderThanAsync(cutoff, cancellationToken);
}
