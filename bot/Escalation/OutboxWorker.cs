using Microsoft.Extensions.Options;

namespace ChatAssistant.Bot.Escalation;

/// <summary>
/// Runs the outbox: at start (deliveries left over from before a restart), whenever a ticket changes, and every
/// <see cref="EscalationOptions.OutboxInterval"/> for retries. The delivery side (the adapter and its credentials) is
/// resolved once the host has started, so that a configuration error is reported by the host's own checks first,
/// and inside the loop: if building it fails (the store cannot be opened just then), the run is logged and tried
/// again, instead of the failure stopping the whole host.
/// </summary>
public sealed class OutboxWorker(IServiceProvider services, OutboxSignal signal, IOptions<EscalationOptions> options, ILogger<OutboxWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        TicketDelivery? delivery = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (delivery is null)
                {
                    delivery = services.GetRequiredService<TicketDelivery>();
                    // A start-up may bring the channel that was missing: what waited for it is due now.
                    await DeliveryRetry.ReleaseWaitingAsync(services.GetRequiredService<ITicketStore>(), services.GetRequiredService<ConsultationChannel>(), services.GetRequiredService<TimeProvider>(), logger, stoppingToken);
                }
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
