using System.Text.Json.Nodes;

namespace ChatAssistant.Deployment.Tests.Azure;

public sealed class AppSettingsTests
{
    // Read by App Service itself (the port it forwards to, the Application Insights agent), not by the bot's options.
    private static readonly string[] PlatformSettings = ["WEBSITES_PORT", "APPLICATIONINSIGHTS_CONNECTION_STRING", "ApplicationInsightsAgent_EXTENSION_VERSION"];

    // Read by a layer being built on another branch (Azure Storage for state and tickets, issue #8); until it lands
    // no options class in this branch declares it.
    private static readonly string[] KeysOfOtherLayers = ["Storage:AzureConnectionString"];

    // Read by the ASP.NET Core host (as "urls"); BotExtensions.UseDefaultBotAddress falls back to localhost without it.
    private static readonly string[] HostKeys = ["ASPNETCORE_URLS"];

    private static readonly JsonArray Settings =
        ArmTemplate.Main.Resource("Microsoft.Web/sites")["properties"]!["siteConfig"]!["appSettings"]!.AsArray();

    private static IEnumerable<string> ConfigurationKeys =>
        Settings.Select(s => (string)s!["name"]!).Except(PlatformSettings).Select(name => name.Replace("__", ":", StringComparison.Ordinal));

    private static string ValueOf(string name) => (string)Settings.Single(s => (string?)s!["name"] == name)!["value"]!;

    [Fact]
    public void EveryAppSettingIsAKeyTheBotReads()
    {
        var unknown = ConfigurationKeys.Where(key => !BotConfigurationKeys.All.Contains(key) && !KeysOfOtherLayers.Contains(key) && !HostKeys.Contains(key)).ToList();

        Assert.True(unknown.Count == 0, $"the template sets keys no options class reads: {string.Join(", ", unknown)}");
    }

    [Fact]
    public void OptionKeysIncludeEverySectionAndTheSdkRootKeys()
    {
        // Guards the test above: a reflection that missed a class would make its settings look unknown, or none known.
        Assert.Superset(
            new HashSet<string> { "MicrosoftAppType", "MicrosoftAppId", "MicrosoftAppPassword", "MicrosoftAppTenantId",
                "Knowledge:ContentPath", "Storage:SqlitePath", "Limits:MaxActivityBytes" },
            BotConfigurationKeys.All.ToHashSet());
        Assert.DoesNotContain("IsLocalMode", BotConfigurationKeys.All);
    }

    [Fact]
    public void EveryCredentialTheSdkReadsIsSet()
    {
        string[] credentials = ["MicrosoftAppType", "MicrosoftAppId", "MicrosoftAppPassword", "MicrosoftAppTenantId"];

        Assert.All(credentials, key => Assert.Contains(key, ConfigurationKeys));
    }

    [Fact]
    public void PasswordIsAKeyVaultReferenceForSingleTenantAndEmptyOtherwise()
    {
        var value = ValueOf("MicrosoftAppPassword");

        Assert.Equal(
            "[if(variables('useKeyVault'), format('@Microsoft.KeyVault(SecretUri={0})', reference(variables('appPasswordSecretId'), '2023-07-01').secretUri), '')]",
            value);
        Assert.DoesNotContain("parameters('msaAppPassword')", value, StringComparison.Ordinal);
        Assert.Equal("[equals(parameters('msaAppType'), 'SingleTenant')]", (string?)ArmTemplate.Main.Variables["useKeyVault"]);
    }

    [Fact]
    public void PasswordIsASecureParameterThatOnlyTheKeyVaultSecretHolds()
    {
        var template = ArmTemplate.Main;
        var holders = template.Resources.Where(r => r.ToJsonString().Contains("msaAppPassword", StringComparison.Ordinal));

        Assert.Equal("securestring", (string?)template.Parameters["msaAppPassword"]!["type"]);
        Assert.Equal("Microsoft.KeyVault/vaults/secrets", (string?)Assert.Single(holders)["type"]);
        Assert.DoesNotContain("msaAppPassword", template.Root["outputs"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AppIdIsTheManagedIdentitysClientIdOrTheRegisteredApp()
    {
        var appId = ValueOf("MicrosoftAppId");

        Assert.Contains("reference(variables('identityId')", appId, StringComparison.Ordinal);
        Assert.Contains(".clientId", appId, StringComparison.Ordinal);
        Assert.Contains("parameters('msaAppId')", appId, StringComparison.Ordinal);
        Assert.Equal((string?)ArmTemplate.Main.Resource("Microsoft.BotService/botServices")["properties"]!["msaAppId"], appId);
    }

    [Fact]
    public void StorageConnectionStringCarriesTheAccountKey()
    {
        var value = ValueOf("Storage__AzureConnectionString");

        Assert.Contains("listKeys(resourceId('Microsoft.Storage/storageAccounts', variables('storageName'))", value, StringComparison.Ordinal);
        Assert.Contains("AccountName={0}", value, StringComparison.Ordinal);
    }

    [Fact]
    public void SqliteDatabaseIsOnTheAppsPersistentStorage()
    {
        // /home survives restarts and redeployments on App Service for Linux; wwwroot is replaced by each deployment.
        Assert.Equal("[variables('sqlitePath')]", ValueOf("Storage__SqlitePath"));
        Assert.StartsWith("/home/", (string?)ArmTemplate.Main.Variables["sqlitePath"], StringComparison.Ordinal);
    }

    [Fact]
    public void BotListensOnAllInterfacesOnThePortAppServiceForwardsTo()
    {
        // Without a URL the bot binds to localhost:3978, which App Service cannot reach.
        Assert.Equal("http://+:8080", ValueOf("ASPNETCORE_URLS"));
        Assert.Equal("8080", ValueOf("WEBSITES_PORT"));
    }

    [Fact]
    public void ApplicationInsightsConnectionStringComesFromTheComponent()
    {
        Assert.Contains("Microsoft.Insights/components", ValueOf("APPLICATIONINSIGHTS_CONNECTION_STRING"), StringComparison.Ordinal);
    }
}
