using ChatAssistant.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Bot.Escalation;

/// <summary>
/// Closes new and assigned tickets nobody has changed for <see cref="EscalationOptions.OpenTicketDays"/>, so that
/// every ticket, with the deliveries in its outbox, reaches the finished-ticket retention and is deleted in the end.
/// An open ticket is closed, not deleted: the requester is told and can reopen it, and the channel card shows it.
/// </summary>
public sealed class OpenTicketRetentionWorker(ITicketStore store, OutboxSignal outbox, IOptions<EscalationOptions> options, TimeProvider time, ILogger<OpenTicketRetentionWorker> logger)
    : PeriodicWorker(time, logger)
{
    protected override TimeSpan Period => TimeSpan.FromHours(6);

    public override async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var days = options.Value.OpenTicketDays;
        var closed = 0;
        foreach (var ticket in await store.ListOpenChangedBeforeAsync(RetentionCutoff(days), cancellationToken))
        {
            var change = TicketWorkflow.CloseUntouched(ticket, TicketDelivery.Bot, Time.GetUtcNow());
            // A ticket changed since the list was read is not untouched any more: the next run looks at it again.
            if (change.Changed && await store.TryUpdateAsync(change.Ticket, ticket.Revision, cancellationToken) is not null) closed++;
        }
        if (closed > 0)
        {
            Logger.LogInformation("Closed {Count} open tickets nobody changed for {Days} days", closed, days);
            outbox.Notify();
        }
        return closed;
    }
}
