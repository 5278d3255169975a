using System.Text.Json.Nodes;
using ChatAssistant.Deployment.Tests.Azure.Evaluation;

namespace ChatAssistant.Deployment.Tests.Azure;

/// <summary>The web app's settings, as a deployment with realistic parameters leaves them (both identity modes).</summary>
public sealed class AppSettingsTests
{
    // Read by App Service itself (the port it forwards to, the Application Insights agent), not by the bot's options.
    // ... and by the .NET runtime at start-up (the youngest GC generation's budget; the README's load benchmark section).
    private static readonly string[] PlatformSettings = ["WEBSITES_PORT", "APPLICATIONINSIGHTS_CONNECTION_STRING", "ApplicationInsightsAgent_EXTENSION_VERSION", "DOTNET_GCgen0size"];

    // Read by the ASP.NET Core host (as "urls"); BotExtensions.UseDefaultBotAddress falls back to localhost without it.
    private static readonly string[] HostKeys = ["ASPNETCORE_URLS"];

    public static TheoryData<string> Modes() => ["UserAssignedMSI", "SingleTenant"];

    private static JsonObject Settings(string mode = "UserAssignedMSI")
    {
        var group = new DeployedResourceGroup();
        group.Deploy(ArmTemplate.Main.Root, mode == "SingleTenant" ? ParameterSets.SingleTenant() : ParameterSets.UserAssigned());
        return group.AppSettings;
    }

    private static IEnumerable<string> ConfigurationKeys(JsonObject settings) =>
        settings.Select(s => s.Key).Except(PlatformSettings).Select(name => name.Replace("__", ":", StringComparison.Ordinal));

    [Theory]
    [MemberData(nameof(Modes))]
    public void EveryAppSettingIsAKeyTheBotReads(string mode)
    {
        // Admin IDs are list items (Escalation:AdminIds:0, :1, ...) of the AdminIds property.
        var unknown = ConfigurationKeys(Settings(mode))
            .Select(key => System.Text.RegularExpressions.Regex.Replace(key, @":\d+$", ""))
            .Where(key => !BotConfigurationKeys.All.Contains(key) && !HostKeys.Contains(key)).ToList();

        Assert.True(unknown.Count == 0, $"the template sets keys no options class reads: {string.Join(", ", unknown)}");
    }

    [Fact]
    public void OptionKeysIncludeEverySectionAndTheSdkRootKeys()
    {
        // Guards the test above: a reflection that missed a class would make its settings look unknown, or none known.
        Assert.Superset(
            new HashSet<string> { "MicrosoftAppType", "MicrosoftAppId", "MicrosoftAppPassword", "MicrosoftAppTenantId",
                "Knowledge:ContentPath", "Storage:BlobServiceUri", "Escalation:AdminIds", "Limits:MaxActivityBytes" },
            BotConfigurationKeys.All.ToHashSet());
        Assert.DoesNotContain("IsLocalMode", BotConfigurationKeys.All);
        Assert.DoesNotContain("Storage:UsesAzure", BotConfigurationKeys.All);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void EveryCredentialTheSdkReadsIsSet(string mode)
    {
        string[] credentials = ["MicrosoftAppType", "MicrosoftAppId", "MicrosoftAppPassword", "MicrosoftAppTenantId"];

        Assert.All(credentials, key => Assert.Contains(key, ConfigurationKeys(Settings(mode))));
    }

    [Fact]
    public void PasswordIsAKeyVaultReferenceForSingleTenantAndEmptyOtherwise()
    {
        Assert.Matches(@"^@Microsoft\.KeyVault\(VaultName=kv[a-z0-9]+;SecretName=MicrosoftAppPassword\)$", (string?)Settings("SingleTenant")["MicrosoftAppPassword"]);
        Assert.Equal("", (string?)Settings()["MicrosoftAppPassword"]);
    }

    [Fact]
    public void SecureParametersReachOnlyKeyVaultSecrets()
    {
        var template = ArmTemplate.Main;
        var readable = new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        foreach (var secure in template.Parameters.Where(p => (string?)p.Value!["type"] == "securestring").Select(p => p.Key))
        {
            var holders = template.Resources.Where(r => r.ToJsonString(readable).Contains($"parameters('{secure}')", StringComparison.Ordinal)).ToList();
            Assert.Equal("Microsoft.KeyVault/vaults/secrets", (string?)Assert.Single(holders)["type"]);
            Assert.DoesNotContain(secure, template.Root["outputs"]!.ToJsonString(), StringComparison.Ordinal);
            Assert.DoesNotContain(secure, template.Variables.ToJsonString(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void AppIdIsTheManagedIdentitysClientIdOrTheRegisteredApp(string mode)
    {
        var expected = mode == "SingleTenant" ? (string?)ParameterSets.SingleTenant()["msaAppId"] : AzureWorld.IdentityClientId;

        Assert.Equal(expected, (string?)Settings(mode)["MicrosoftAppId"]);
        Assert.Equal(AzureWorld.IdentityClientId, (string?)Settings(mode)["Storage__ManagedIdentityClientId"]);
    }

    [Fact]
    public void StorageIsReachedThroughItsEndpointsWithTheNamesTheTemplateCreates()
    {
        var settings = Settings();
        var storageName = new ArmEvaluator(ArmTemplate.Main.Root, ParameterSets.UserAssigned()).Variable("storageName")!.GetValue<string>();

        Assert.Equal($"https://{storageName}.blob.core.windows.net/", (string?)settings["Storage__BlobServiceUri"]);
        Assert.Equal($"https://{storageName}.table.core.windows.net/", (string?)settings["Storage__TableServiceUri"]);
        Assert.Equal(("botstate", "chatassistantTickets"), ((string?)settings["Storage__BlobContainer"], (string?)settings["Storage__TicketTable"]));
        Assert.Null(settings["Storage__AzureConnectionString"]);
        Assert.Null(settings["Storage__SqlitePath"]);
    }

    [Fact]
    public void BotListensOnAllInterfacesOnThePortAppServiceForwardsTo()
    {
        // Without a URL the bot binds to localhost:3978, which App Service cannot reach.
        Assert.Equal("http://+:8080", (string?)Settings()["ASPNETCORE_URLS"]);
        Assert.Equal("8080", (string?)Settings()["WEBSITES_PORT"]);
    }

    [Fact]
    public void TheRuntimeGetsTheBotsGen0Budget() =>
        // Only the environment sets it: the runtime ignores the same knob in runtimeconfig.json (measured: 90 against 5 collections a second).
        Assert.Equal("0x1000000", (string?)Settings()["DOTNET_GCgen0size"]);

    [Fact]
    public void ApplicationInsightsConnectionStringComesFromTheComponent()
    {
        Assert.Equal(AzureWorld.InsightsConnectionString, (string?)Settings()["APPLICATIONINSIGHTS_CONNECTION_STRING"]);
    }
}
