using ChatAssistant.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Bot.Checklists;

/// <summary>Deletes checklist progress nobody has saved for <see cref="ChecklistOptions.RetentionDays"/>: it names a person and their work.</summary>
public sealed class ChecklistRetentionWorker(IChecklistStore store, IOptions<ChecklistOptions> options, TimeProvider time, ILogger<ChecklistRetentionWorker> logger)
    : RetentionJob(time, logger)
{
    protected override int RetentionDays => options.Value.RetentionDays;
    protected override string What => "checklists";

    protected override Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        store.DeleteOlderThanAsync(cutoff, cancellationToken);
}
