namespace ChatAssistant.Bot.Tests.TestSupport;

/// <summary>
/// Waits for something the bot does in the background (a delivery, a reload, a log line): checks the condition
/// until it holds, and fails with <paramref name="what"/> once the bound passes. The one polling loop of the tests.
/// </summary>
internal static class Eventually
{
    private static readonly TimeSpan DefaultBound = TimeSpan.FromSeconds(30);

    public static async Task<T> GetAsync<T>(Func<Task<T?>> probe, string what, TimeSpan? within = null) where T : class
    {
        var deadline = DateTime.UtcNow + (within ?? DefaultBound);
        while (true)
        {
            if (await probe() is { } value) return value;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Still waiting for {what} after {(within ?? DefaultBound).TotalSeconds:0} s.");
            await Task.Delay(20);
        }
    }

    public static Task TrueAsync(Func<Task<bool>> condition, string what, TimeSpan? within = null) =>
        GetAsync<object>(async () => await condition() ? new object() : null, what, within);

    public static Task TrueAsync(Func<bool> condition, string what, TimeSpan? within = null) =>
        TrueAsync(() => Task.FromResult(condition()), what, within);
}
