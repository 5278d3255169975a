using ChatAssistant.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Bot.Escalation;

/// <summary>Deletes finished (answered or closed) tickets once the retention period has passed: tickets hold personal data, kept no longer than needed.</summary>
public sealed class RetentionWorker(ITicketStore store, IOptions<EscalationOptions> options, TimeProvider time, ILogger<RetentionWorker> logger)
    : PeriodicWorker(time, logger)
{
    protected override TimeSpan Period => TimeSpan.FromHours(6);

    public override async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var cutoff = RetentionCutoff(options.Value.RetentionDays);
        var deleted = await store.DeleteClosedBeforeAsync(cutoff, cancellationToken);
        if (deleted > 0) Logger.LogInformation("Deleted {Count} finished tickets past the {Days}-day retention period", deleted, options.Value.RetentionDays);
        return deleted;
    }
}
