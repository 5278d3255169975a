using System.Net;
using Microsoft.Data.Sqlite;

namespace ChatAssistant.Bot.Tests.Hosting;

/// <summary>/readyz: ready only when the index is built and the SQLite store opens.</summary>
public class ReadinessTests
{
    [Fact]
    public async Task ReadyWhenTheIndexIsBuiltAndTheStoreOpens()
    {
        using var factory = new BotApplicationFactory();
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ready", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task NotReadyWhenTheStoreCannotBeOpened()
    {
        using var factory = new BotApplicationFactory();
        using var client = factory.CreateClient();
        // Put a folder where the database file was: SQLite can no longer open it.
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(factory.DatabasePath + suffix);
        Directory.CreateDirectory(factory.DatabasePath);

        var response = await client.GetAsync("/readyz");
        var liveness = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("store unavailable", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, liveness.StatusCode);
    }
}
