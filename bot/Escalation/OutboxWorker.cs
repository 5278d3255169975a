using Microsoft.Extensions.Options;

namespace ChatAssistant.Bot.Escalation;

/// <summary>
/// Runs the outbox: at start (deliveries left over from before a restart), whenever a ticket changes, and every
/// <see cref="EscalationOptions.OutboxInterval"/> for retries.
/// </summary>
public sealed class OutboxWorker(TicketDelivery delivery, OutboxSignal signal, IOptions<EscalationOptions> options, ILogger<OutboxWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await delivery.RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(e, "The outbox run failed; retrying at the next interval");
            }
            try
            {
                await signal.WaitAsync(options.Value.OutboxInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
