using System.Net;
using System.Net.Http.Json;
using ChatAssistant.Bot.Tests.Hosting;
using ChatAssistant.Bot.Tests.Hosting.Authentication;

namespace ChatAssistant.Bot.Tests.State.Keyless;

/// <summary>
/// The deployed storage path, end to end: the built bot as its own process, given only the storage service
/// endpoints and a user-assigned managed identity's client ID (no connection string, no account key), reaches an
/// Azurite that requires OAuth over HTTPS. The credential is the real ManagedIdentityCredential the bot builds from
/// its options. Why it talks to a local App Service identity endpoint rather than to a fake TokenCredential: the
/// credential, its client ID and the resource it asks for are then exactly the production ones, and only the token
/// issuer is local; Microsoft Entra itself cannot be reached from a test. Azurite does not verify token signatures
/// (see <see cref="OAuthAzurite"/>), so a locally signed token passes its checks of issuer, audience and lifetime,
/// and the refused-token test shows those checks are live.
/// Azurite has no switch that turns shared-key access off; shared-key-less use is shown instead by the bot holding no
/// key at all (no connection string, AZURITE_CONNECTION_STRING removed), by Azurite refusing it a token for another
/// audience, and by Azurite's log, where each of the bot's blob and table requests passed the token check.
/// </summary>
public sealed class KeylessStorageTests : IAsyncLifetime
{
    private const string ClientId = "2c9d7a61-0f3e-4b5a-8d1c-6e7f8a9b0c1d";
    private static readonly string[] TableNames = ["kcheck", "ktickets", "kfeedback", "kunanswered", "kcounts"];

    private readonly TestCertificates certificates = new();
    private readonly string container = Azurite.UniqueName("state-");
    private readonly string[] tables = TableNames.Select(Azurite.UniqueName).ToArray();
    private OAuthAzurite azurite = null!;

    public async Task InitializeAsync()
    {
        azurite = OAuthAzurite.Start(certificates);
        await azurite.CreateAsync(container, tables);
    }

    public Task DisposeAsync()
    {
        azurite.Dispose();
        certificates.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task TheBotKeepsItsStateInAzureStorageWithAManagedIdentityTokenAndNoKey()
    {
        await using var identity = await AppServiceIdentityEndpoint.StartAsync();
        await using var bot = await StartBotAsync(identity);
        using var client = new HttpClient { BaseAddress = new Uri(bot.BaseUrl), Timeout = TimeSpan.FromSeconds(60) };

        var readiness = await client.GetAsync("/readyz");
        var answer = await client.PostAsJsonAsync("/api/messages", TestActivities.Message("kas izstrada normativos aktus konkretam pakalpojumam"));

        Assert.True(readiness.StatusCode == HttpStatusCode.OK, $"/readyz: {(int)readiness.StatusCode} {await readiness.Content.ReadAsStringAsync()}\n{bot.Output}");
        Assert.True(answer.StatusCode == HttpStatusCode.OK, $"/api/messages: {(int)answer.StatusCode}\n{bot.Output}");
        var stateBlobs = new List<string>();
        await foreach (var blob in azurite.Blobs.GetBlobContainerClient(container).GetBlobsAsync()) stateBlobs.Add(blob.Name);
        Assert.NotEmpty(stateBlobs);

        var requests = identity.Requests.ToList();
        Assert.NotEmpty(requests);
        Assert.All(requests, r => Assert.Equal((ClientId, "https://storage.azure.com", true), (r.ClientId, r.Resource?.TrimEnd('/'), r.HadSecretHeader)));

        var log = azurite.ReadDebugLog();
        Assert.Contains("BlobTokenAuthenticator:authenticateBasic() Validation against token authentication successfully.", log);
        Assert.Contains("TableTokenAuthenticator:authenticateBasic() Validation against token authentication successfully.", log);
        Assert.Contains("State on Azure Storage through a Microsoft Entra token", bot.Output);
    }

    [Fact]
    public async Task AzuriteRefusesATokenForAnotherAudienceAndTheBotDoesNotStart()
    {
        await using var identity = await AppServiceIdentityEndpoint.StartAsync(audienceFor: _ => "https://vault.azure.net");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => StartBotAsync(identity));

        Assert.Contains("Azure Storage (Storage:BlobServiceUri and TableServiceUri) could not be reached or set up", error.Message);
        Assert.Contains("Invalid token audience", error.Message);
        Assert.NotEmpty(identity.Requests);
    }

    [Fact]
    public async Task AMissingTableStopsTheStartAndTheBotDoesNotCreateIt()
    {
        // The deployment creates the tables; the identity's roles cover those tables only, not creating new ones.
        await azurite.Tables.DeleteTableAsync(tables[1]);
        await using var identity = await AppServiceIdentityEndpoint.StartAsync();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => StartBotAsync(identity));

        Assert.Contains("could not be reached or set up", error.Message);
        var remaining = new List<string>();
        await foreach (var table in azurite.Tables.QueryAsync()) remaining.Add(table.Name);
        Assert.DoesNotContain(tables[1], remaining);
    }

    private async Task<BotProcess> StartBotAsync(AppServiceIdentityEndpoint identity) =>
        await BotProcess.StartAsync(new Dictionary<string, string?>
        {
            // The process trusts our test CA and nothing else, as a deployed bot trusts the storage account's certificate.
            ["SSL_CERT_FILE"] = certificates.AuthorityFile,
            ["SSL_CERT_DIR"] = certificates.Folder,
            // What App Service gives a web app with a managed identity.
            ["IDENTITY_ENDPOINT"] = identity.Url,
            ["IDENTITY_HEADER"] = identity.Secret,
            // What the deployment template gives the bot: endpoints and the identity's client ID, no key.
            ["Storage__BlobServiceUri"] = azurite.BlobServiceUri.ToString(),
            ["Storage__TableServiceUri"] = azurite.TableServiceUri.ToString(),
            ["Storage__ManagedIdentityClientId"] = ClientId,
            ["Storage__BlobContainer"] = container,
            ["Storage__ChecklistTable"] = tables[0],
            ["Storage__TicketTable"] = tables[1],
            ["Storage__FeedbackTable"] = tables[2],
            ["Storage__UnansweredTable"] = tables[3],
            ["Storage__AnswerCountTable"] = tables[4],
            ["Storage__AzureConnectionString"] = null,
            ["AZURITE_CONNECTION_STRING"] = null,
            // A path SQLite cannot create (a folder inside a file): readiness must not depend on the SQLite file.
            ["Storage__SqlitePath"] = "/proc/version/chatassistant.db",
            ["MicrosoftAppId"] = "",
        });
}
