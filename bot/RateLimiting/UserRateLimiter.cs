using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Bot.RateLimiting;

/// <summary>One token bucket per user id. Idle buckets are dropped by the partitioned limiter.</summary>
public sealed class UserRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string>? limiter;

    public UserRateLimiter(IOptions<RateLimitOptions> options)
    {
        var o = options.Value;
        if (!o.Enabled) return;
        // Refill once a second (or less often below 60 a minute), and let the partitioned limiter's own heartbeat do
        // it: an auto-replenishing bucket would run a timer per user, and a very high limit would make it spin.
        var perMinute = Math.Max(1, o.TurnsPerMinute);
        var bucket = new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, o.BurstLimit),
            TokensPerPeriod = perMinute >= 60 ? (int)Math.Ceiling(perMinute / 60.0) : 1,
            ReplenishmentPeriod = perMinute >= 60 ? TimeSpan.FromSeconds(1) : TimeSpan.FromMinutes(1.0 / perMinute),
            QueueLimit = 0,
            AutoReplenishment = false,
        };
        limiter = PartitionedRateLimiter.Create<string, string>(user => RateLimitPartition.GetTokenBucketLimiter(user, _ => bucket));
    }

    /// <summary>True when <paramref name="userId"/> may take another turn now.</summary>
    public bool TryAcquire(string userId)
    {
        if (limiter is null) return true;
        using var lease = limiter.AttemptAcquire(userId);
        return lease.IsAcquired;
    }

    public void Dispose() => limiter?.Dispose();
}
