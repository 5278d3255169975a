namespace ChatAssistant.Bot.RateLimiting;

/// <summary>
/// Per-user limit on messages and card actions: a token bucket of <see cref="BurstLimit"/> turns, refilled at
/// <see cref="TurnsPerMinute"/>. The defaults are far above what a person types or clicks; they stop scripts.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimit";

    public bool Enabled { get; set; } = true;

    /// <summary>Turns a user may send at once before the limit applies.</summary>
    public int BurstLimit { get; set; } = 60;

    /// <summary>Sustained turns per minute per user.</summary>
    public int TurnsPerMinute { get; set; } = 60;
}
