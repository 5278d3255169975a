using ChatAssistant.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Bot.Escalation;

/// <summary>Deletes finished (answered or closed) tickets once the retention period has passed: tickets hold personal data.</summary>
public sealed class RetentionWorker(ITicketStore store, IOptions<EscalationOptions> options, TimeProvider time, ILogger<RetentionWorker> logger)
    : RetentionJob(time, logger)
{
    protected override int RetentionDays => options.Value.RetentionDays;
    protected override string What => "finished tickets";

    protected override Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        store.DeleteClosedBeforeAsync(cutoff, cancellationToken);
}
