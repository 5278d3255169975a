using Microsoft.Extensions.Options;

namespace ChatAssistant.Bot.Escalation;

/// <summary>Deletes finished (answered or closed) tickets once the retention period has passed: tickets hold personal data, kept no longer than needed.</summary>
public sealed class RetentionWorker(ITicketStore store, IOptions<EscalationOptions> options, TimeProvider time, ILogger<RetentionWorker> logger) : BackgroundService
{
    private static readonly TimeSpan Period = TimeSpan.FromHours(6);

    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow().AddDays(-Math.Max(1, options.Value.RetentionDays));
        var deleted = await store.DeleteClosedBeforeAsync(cutoff, cancellationToken);
        if (deleted > 0) logger.LogInformation("Deleted {Count} finished tickets past the {Days}-day retention period", deleted, options.Value.RetentionDays);
        return deleted;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken);
                await Task.Delay(Period, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "The retention run failed");
                await Task.Delay(Period, time, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }
}
