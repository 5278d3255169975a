using ChatAssistant.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Bot.ComposeSearch;

/// <summary>Deletes the counts of answers not given for <see cref="ComposeSearchOptions.CountRetentionDays"/>, so "most asked" means lately.</summary>
public sealed class AnswerCountRetentionWorker(IAnswerCountStore store, IOptions<ComposeSearchOptions> options, TimeProvider time, ILogger<AnswerCountRetentionWorker> logger)
    : RetentionJob(time, logger)
{
    protected override int RetentionDays => options.Value.CountRetentionDays;
    protected override string What => "answer counts";

    protected override Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        store.DeleteOlderThanAsync(cutoff, cancellationToken);
}
