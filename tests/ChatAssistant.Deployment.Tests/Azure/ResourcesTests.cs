namespace ChatAssistant.Deployment.Tests.Azure;

public sealed class ResourcesTests
{
    private readonly ArmTemplate template = ArmTemplate.Main;

    [Fact]
    public void BotHasTheTeamsChannelEnabled()
    {
        var channel = template.Resource("Microsoft.BotService/botServices/channels");

        Assert.Equal("[format('{0}/MsTeamsChannel', variables('botName'))]", (string?)channel["name"]);
        Assert.Equal("MsTeamsChannel", (string?)channel["properties"]!["channelName"]);
        Assert.True((bool)channel["properties"]!["properties"]!["isEnabled"]!);
        Assert.Contains("Microsoft.BotService/botServices", channel["dependsOn"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void BotIsSingleTenantOrAManagedIdentity()
    {
        var appType = template.Parameters["msaAppType"]!;
        var bot = template.Resource("Microsoft.BotService/botServices")["properties"]!;

        Assert.Equal(["SingleTenant", "UserAssignedMSI"], appType["allowedValues"]!.AsArray().Select(v => (string)v!));
        Assert.Equal("[parameters('msaAppType')]", (string?)bot["msaAppType"]);
        Assert.Equal("[parameters('msaAppTenantId')]", (string?)bot["msaAppTenantId"]);
        Assert.Equal("[if(variables('useManagedIdentity'), variables('identityId'), json('null'))]", (string?)bot["msaAppMSIResourceId"]);
    }

    [Fact]
    public void ManagedIdentityIsTheWebAppsIdentityInBothModes()
    {
        // With UserAssignedMSI it is the bot's identity; with SingleTenant it reads the client secret from Key Vault.
        // Being user-assigned, it exists before the web app, so its Key Vault role can be granted before the app starts.
        var identity = template.Resource("Microsoft.ManagedIdentity/userAssignedIdentities");
        var webApp = template.Resource("Microsoft.Web/sites");

        Assert.Null(identity["condition"]);
        Assert.Equal("[equals(parameters('msaAppType'), 'UserAssignedMSI')]", (string?)template.Variables["useManagedIdentity"]);
        Assert.Equal("[createObject('type', 'UserAssigned', 'userAssignedIdentities', createObject(variables('identityId'), createObject()))]", (string?)webApp["identity"]);
        Assert.Equal("[variables('identityId')]", (string?)webApp["properties"]!["keyVaultReferenceIdentity"]);
    }

    [Fact]
    public void BotSendsMessagesToTheWebAppsMessagesEndpoint()
    {
        Assert.Equal("[variables('messagingEndpoint')]", (string?)template.Resource("Microsoft.BotService/botServices")["properties"]!["endpoint"]);
        Assert.Equal("[format('https://{0}.azurewebsites.net/api/messages', variables('webAppName'))]", (string?)template.Variables["messagingEndpoint"]);
    }

    [Fact]
    public void WebAppRunsDotnet10OnLinuxOverHttpsOnly()
    {
        var webApp = template.Resource("Microsoft.Web/sites");
        var plan = template.Resource("Microsoft.Web/serverfarms");

        Assert.True((bool)webApp["properties"]!["httpsOnly"]!);
        Assert.Equal("DOTNETCORE|10.0", (string?)webApp["properties"]!["siteConfig"]!["linuxFxVersion"]);
        Assert.Equal("/healthz", (string?)webApp["properties"]!["siteConfig"]!["healthCheckPath"]);
        Assert.True((bool)plan["properties"]!["reserved"]!);
        Assert.Equal("linux", (string?)plan["kind"]);
    }

    [Fact]
    public void StorageAccountIsV2WithTls12AndNoPublicBlobs()
    {
        var storage = template.Resource("Microsoft.Storage/storageAccounts");

        Assert.Equal("StorageV2", (string?)storage["kind"]);
        Assert.Equal("TLS1_2", (string?)storage["properties"]!["minimumTlsVersion"]);
        Assert.False((bool)storage["properties"]!["allowBlobPublicAccess"]!);
        Assert.True((bool)storage["properties"]!["supportsHttpsTrafficOnly"]!);
    }

    [Fact]
    public void ApplicationInsightsKeepsItsDataInTheWorkspace()
    {
        var insights = template.Resource("Microsoft.Insights/components");
        template.Resource("Microsoft.OperationalInsights/workspaces");

        Assert.Equal("[resourceId('Microsoft.OperationalInsights/workspaces', variables('workspaceName'))]", (string?)insights["properties"]!["WorkspaceResourceId"]);
    }

    [Fact]
    public void TemplateOutputsTheBotIdTheTeamsPackageNeeds()
    {
        Assert.Equal(
            (string?)template.Resource("Microsoft.BotService/botServices")["properties"]!["msaAppId"],
            (string?)template.Root["outputs"]!["botAppId"]!["value"]);
    }
}
