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
        // Put a folder where the database file was: SQLite can no longer open it. The outbox worker may open (and so
        // recreate) the file at the same moment, hence the retries.
        for (var attempt = 0; !Directory.Exists(factory.DatabasePath); attempt++)
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(factory.DatabasePath + suffix);
            try
            {
                Directory.CreateDirectory(factory.DatabasePath);
            }
            catch (IOException) when (attempt < 50)
            {
                await Task.Delay(50);
            }
        }

        var response = await client.GetAsync("/readyz");
        var liveness = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("store unavailable", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, liveness.StatusCode);
    }
}
