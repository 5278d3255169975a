using System.Net;
using Azure.Storage.Blobs;
using ChatAssistant.Bot.Tests.State;

namespace ChatAssistant.Bot.Tests.Hosting;

/// <summary>
/// /readyz with the state in Azure Storage (Azurite): it probes Azure Storage only. The SQLite path is made a folder,
/// which SQLite cannot open, so a probe of the SQLite file would answer 503.
/// </summary>
public class AzureReadinessTests
{
    [Fact]
    public async Task ReadyWithAzureStorageEvenWhenTheSqliteFileCannotBeOpened()
    {
        var folder = Directory.CreateTempSubdirectory("readyz-sqlite-").FullName;
        using var factory = new ScaleOutBotFactory(ScaleOutBotFactory.SharedStorage.Unique(), new Dictionary<string, string?> { ["Storage:SqlitePath"] = folder });
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ready", await response.Content.ReadAsStringAsync());
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder));
    }

    [Fact]
    public async Task NotReadyWhenTheAzureStateContainerIsGoneThoughTheSqliteFileOpens()
    {
        var names = ScaleOutBotFactory.SharedStorage.Unique();
        using var factory = new ScaleOutBotFactory(names);
        using var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);

        await new BlobContainerClient(Azurite.ConnectionString, names.Container).DeleteAsync();
        var response = await client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("store unavailable", await response.Content.ReadAsStringAsync());
    }
}
