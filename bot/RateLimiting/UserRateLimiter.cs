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
        var bucket = new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, o.BurstLimit),
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromMinutes(1.0 / Math.Max(1, o.TurnsPerMinute)),
            QueueLimit = 0,
            AutoReplenishment = true,
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
