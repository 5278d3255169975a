namespace ChatAssistant.Bot.Escalation;

/// <summary>
/// The ticket's own outbox: deliveries still to make, saved in the same write as the change that caused them, so a
/// crash between saving and sending loses nothing. Failed attempts back off exponentially, up to <see cref="MaxBackoff"/>.
/// </summary>
public static class Outbox
{
    public static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(30);

    /// <summary>Why a channel card waits when no channel is configured: a wait, not a failure (attempts stay as they are).</summary>
    public const string ChannelNotConfigured = "channel-not-configured";

    /// <summary>Asks for a delivery; one already waiting of the same kind covers it (it sends the ticket as it is then).</summary>
    public static Ticket Add(Ticket ticket, DeliveryKind kind, DateTimeOffset at) =>
        ticket.Pending.Any(p => p.Kind == kind)
            ? ticket with { Pending = [.. ticket.Pending.Select(p => p.Kind == kind ? p with { NextAttemptAt = at, Attempts = 0, Generation = p.Generation + 1 } : p)] }
            : ticket with { Pending = [.. ticket.Pending, new PendingDelivery(kind, 0, at, null)] };

    public static bool IsDue(PendingDelivery delivery, DateTimeOffset now) => delivery.NextAttemptAt <= now;

    /// <summary>Holds the delivery back until <paramref name="until"/>, while one instance sends it.</summary>
    public static Ticket Leased(Ticket ticket, DeliveryKind kind, DateTimeOffset until) =>
        ticket with { Pending = [.. ticket.Pending.Select(p => p.Kind == kind ? p with { NextAttemptAt = until } : p)] };

    /// <summary>Clears the delivery if no change has asked for it again since <paramref name="generation"/> was sent.</summary>
    public static Ticket Delivered(Ticket ticket, DeliveryKind kind, long generation) =>
        ticket with { Pending = [.. ticket.Pending.Where(p => p.Kind != kind || p.Generation != generation)] };

    /// <summary>Records a failed attempt. The reason is a short code, never message text: it may quote the ticket.</summary>
    public static Ticket Failed(Ticket ticket, DeliveryKind kind, string reason, DateTimeOffset now, TimeSpan firstBackoff) =>
        ticket with
        {
            Pending = [.. ticket.Pending.Select(p => p.Kind != kind ? p : p with
            {
                Attempts = p.Attempts + 1,
                // Never parked: a day-long outage or a bot removed from the channel is retried every MaxBackoff until it works.
                NextAttemptAt = now + Backoff(p.Attempts + 1, firstBackoff),
                LastError = reason,
            })],
        };

    /// <summary>Records a delivery that cannot be made yet (<see cref="ChannelNotConfigured"/>); looked at again after <see cref="MaxBackoff"/>, at a start-up, or when an admin retries.</summary>
    public static Ticket Waiting(Ticket ticket, DeliveryKind kind, string reason, DateTimeOffset now) =>
        ticket with { Pending = [.. ticket.Pending.Select(p => p.Kind != kind ? p : p with { NextAttemptAt = now + MaxBackoff, LastError = reason })] };

    /// <summary>Makes the deliveries <paramref name="which"/> selects due at <paramref name="now"/> (an admin's retry, a start-up).</summary>
    public static Ticket Due(Ticket ticket, Func<PendingDelivery, bool> which, DateTimeOffset now) =>
        ticket with { Pending = [.. ticket.Pending.Select(p => which(p) ? p with { NextAttemptAt = now } : p)] };

    public static TimeSpan Backoff(int attempts, TimeSpan first)
    {
        var seconds = first.TotalSeconds * Math.Pow(2, Math.Min(attempts - 1, 16));
        return TimeSpan.FromSeconds(Math.Min(seconds, MaxBackoff.TotalSeconds));
    }
}
