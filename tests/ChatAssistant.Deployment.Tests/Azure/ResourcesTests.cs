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
    public void ManagedIdentityExistsOnlyInThatModeAndIsTheWebAppsIdentity()
    {
        var identity = template.Resource("Microsoft.ManagedIdentity/userAssignedIdentities");
        var webApp = template.Resource("Microsoft.Web/sites");

        Assert.Equal("[variables('useManagedIdentity')]", (string?)identity["condition"]);
        Assert.Equal("[equals(parameters('msaAppType'), 'UserAssignedMSI')]", (string?)template.Variables["useManagedIdentity"]);
        Assert.Contains("'UserAssigned', 'userAssignedIdentities', createObject(variables('identityId')", (string?)webApp["identity"], StringComparison.Ordinal);
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
