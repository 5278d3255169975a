namespace ChatAssistant.Bot.Escalation;

/// <summary>
/// Deliveries brought forward: an admin's retry of a ticket's waiting deliveries (Teams or
/// <c>POST /admin/deliveries/{id}/retry</c>), and, at a start-up with a consultation channel configured, the channel
/// cards that waited because there was none. Writes are revision-checked; a ticket changed meanwhile is read again.
/// </summary>
public static class DeliveryRetry
{
    private const int Retries = 5;

    /// <summary>Makes every pending delivery of ticket <paramref name="id"/> due now; null when there is no such ticket or nothing waits.</summary>
    public static async Task<Ticket?> RetryAsync(ITicketStore store, string id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < Retries; attempt++)
        {
            var ticket = await store.GetAsync(id, cancellationToken);
            if (ticket is null || ticket.Pending.Count == 0) return null;
            var saved = await store.TryUpdateAsync(Outbox.Due(ticket, _ => true, now), ticket.Revision, cancellationToken);
            if (saved is not null) return saved;
        }
        return null; // changed on every try: the caller says so and the admin tries again
    }

    /// <summary>With a channel configured, the channel cards that waited for one are due now; returns how many.</summary>
    public static async Task<int> ReleaseWaitingAsync(ITicketStore store, ConsultationChannel channel, TimeProvider time, ILogger logger, CancellationToken cancellationToken)
    {
        if (await channel.ResolveAsync(cancellationToken) is null) return 0;
        static bool Waited(PendingDelivery p) => p.LastError == Outbox.ChannelNotConfigured;
        var released = 0;
        foreach (var ticket in await store.ListWithPendingAsync(cancellationToken))
        {
            if (!ticket.Pending.Any(Waited)) continue;
            // A ticket that changed meanwhile is due anyway (the change asked for a delivery) or is taken at the next run.
            if (await store.TryUpdateAsync(Outbox.Due(ticket, Waited, time.GetUtcNow()), ticket.Revision, cancellationToken) is not null) released++;
        }
        if (released > 0) logger.LogInformation("The consultation channel is configured: {Count} waiting deliveries are due now", released);
        return released;
    }
}
