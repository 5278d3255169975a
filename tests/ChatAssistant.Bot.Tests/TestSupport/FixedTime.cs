namespace ChatAssistant.Bot.Tests.TestSupport;

/// <summary>A clock stopped at <paramref name="now"/>, for the jobs that act on age.</summary>
internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
