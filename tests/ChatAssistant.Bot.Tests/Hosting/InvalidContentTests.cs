namespace ChatAssistant.Bot.Tests.Hosting;

public class InvalidContentTests
{
    /// <summary>
    /// Run as a process: through WebApplicationFactory, a start-up that fails this fast races the factory's own start
    /// (the app disposes its host first, and the factory reports ObjectDisposedException instead of the cause).
    /// </summary>
    [Fact]
    public async Task TheBotRefusesToStartOnInvalidContent()
    {
        var content = TestFolders.New("invalid");
        File.WriteAllText(Path.Combine(content, "glossary.yaml"), "levels: [\n");

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await using var bot = await BotProcess.StartAsync(new Dictionary<string, string?> { ["Knowledge__ContentPath"] = content });
        });

        Assert.Contains("exited during start-up", failure.Message);
        Assert.Contains("InvalidContentException", failure.Message);
        Assert.Contains("glossary.yaml", failure.Message);
    }
}
