using System.Net;
using System.Net.Http.Headers;

namespace ChatAssistant.Bot.Tests.Hosting;

/// <summary>
/// The deployment puts the admin key in Key Vault and the app setting is a reference. Until the secret exists, App
/// Service leaves the reference's text as the value: the admin endpoints must then not exist, and the log says why.
/// </summary>
public class UnresolvedKeyVaultReferenceTests
{
    private const string Reference = "@Microsoft.KeyVault(VaultName=kvchatassistant;SecretName=EscalationAdminApiKey)";

    [Fact]
    public async Task AnUnresolvedReferenceIsNoKeyEvenWhenItsTextIsSentAsTheBearer()
    {
        using var factory = BotApplicationFactory.With(new Dictionary<string, string?> { ["Escalation:AdminApiKey"] = Reference });
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin/deliveries");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Reference);

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(factory.Logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal)
            && l.Contains("Setting Escalation:AdminApiKey holds a Key Vault reference that App Service could not resolve", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AResolvedKeyStillOpensTheAdminEndpoints()
    {
        // Guards the test above: the same request with a real key gets through.
        using var factory = BotApplicationFactory.With(new Dictionary<string, string?> { ["Escalation:AdminApiKey"] = "resolved-secret-value-0123456789" });
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin/deliveries");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "resolved-secret-value-0123456789");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(factory.Logs.Lines, l => l.Contains("could not resolve", StringComparison.Ordinal));
    }
}
