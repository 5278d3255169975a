namespace ChatAssistant.Bot.Tests.TestSupport;

/// <summary>A clock that moves only when a test moves it: stopped at <paramref name="now"/> until then.</summary>
internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    /// <summary>A moment for tests that only need one that never changes.</summary>
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    public FixedTime() : this(Start)
    {
    }

    public DateTimeOffset Now { get; private set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
