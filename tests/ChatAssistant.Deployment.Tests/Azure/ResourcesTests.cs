using ChatAssistant.Deployment.Tests.Azure.Evaluation;

namespace ChatAssistant.Deployment.Tests.Azure;

public sealed class ResourcesTests
{
    private readonly ArmTemplate template = ArmTemplate.Main;

    private System.Text.Json.Nodes.JsonObject Channel(string name) =>
        Assert.Single(template.Resources, r => (string?)r["type"] == "Microsoft.BotService/botServices/channels" && (string?)r["properties"]!["channelName"] == name);

    [Fact]
    public void BotHasTheTeamsChannelEnabled()
    {
        var channel = Channel("MsTeamsChannel");

        Assert.Equal("[format('{0}/MsTeamsChannel', variables('botName'))]", (string?)channel["name"]);
        Assert.True((bool)channel["properties"]!["properties"]!["isEnabled"]!);
        Assert.Equal("[parameters('botLocation')]", (string?)channel["location"]);
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
        // With UserAssignedMSI it is the bot's identity; in both modes it reads Key Vault and holds the storage roles.
        var identity = template.Resource("Microsoft.ManagedIdentity/userAssignedIdentities");
        var webApp = template.Resource("Microsoft.Web/sites");

        Assert.Null(identity["condition"]);
        Assert.Equal("[createObject('type', 'UserAssigned', 'userAssignedIdentities', createObject(variables('identityId'), createObject()))]", (string?)webApp["identity"]);
    }

    [Fact]
    public void BotSendsMessagesToTheSitesOwnHostName()
    {
        var endpoint = template.Resource("Microsoft.BotService/botServices")["properties"]!["endpoint"];

        Assert.DoesNotContain("azurewebsites.net", template.Root["resources"]!.ToJsonString() + template.Variables.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("https://varam-chatassistant-app.azurewebsites.net/api/messages",
            (string?)new ArmEvaluator(template.Root, ParameterSets.UserAssigned()).Evaluate(endpoint));
        Assert.Contains(".defaultHostName", (string?)endpoint, StringComparison.Ordinal);
    }

    [Fact]
    public void WebAppRunsDotnet10OnLinuxOverHttpsOnly()
    {
        var webApp = template.Resource("Microsoft.Web/sites");
        var plan = template.Resource("Microsoft.Web/serverfarms");
        var config = webApp["properties"]!["siteConfig"]!;

        Assert.True((bool)webApp["properties"]!["httpsOnly"]!);
        Assert.Equal(("DOTNETCORE|10.0", "/healthz", "1.2", "Disabled"),
            ((string?)config["linuxFxVersion"], (string?)config["healthCheckPath"], (string?)config["minTlsVersion"], (string?)config["ftpsState"]));
        Assert.True((bool)plan["properties"]!["reserved"]!);
        Assert.Equal("linux", (string?)plan["kind"]);
    }

    [Fact]
    public void StorageHoldsTheContainerAndTablesTheBotUses()
    {
        var container = template.Resource("Microsoft.Storage/storageAccounts/blobServices/containers");
        var tables = template.Resource("Microsoft.Storage/storageAccounts/tableServices/tables");
        var evaluator = new ArmEvaluator(template.Root, ParameterSets.UserAssigned());
        var defaults = new ChatAssistant.Bot.State.StorageOptions();

        Assert.Equal("None", (string?)container["properties"]!["publicAccess"]);
        Assert.Equal("[length(variables('tables'))]", (string?)tables["copy"]!["count"]);
        Assert.Equal([defaults.ChecklistTable, defaults.TicketTable, defaults.FeedbackTable, defaults.UnansweredTable, defaults.AnswerCountTable],
            evaluator.Variable("tables")!.AsArray().Select(t => (string)t!));
        Assert.Equal(defaults.BlobContainer, (string?)evaluator.Variable("stateContainer"));
    }

    [Fact]
    public void ApplicationInsightsKeepsItsDataInTheWorkspace()
    {
        var insights = template.Resource("Microsoft.Insights/components");

        Assert.Equal("[variables('workspaceId')]", (string?)insights["properties"]!["WorkspaceResourceId"]);
        Assert.Equal("[resourceId('Microsoft.OperationalInsights/workspaces', variables('workspaceName'))]", (string?)template.Variables["workspaceId"]);
    }

    [Fact]
    public void TemplateOutputsTheBotIdTheTeamsPackageNeeds()
    {
        Assert.Equal(
            (string?)template.Resource("Microsoft.BotService/botServices")["properties"]!["msaAppId"],
            (string?)template.Root["outputs"]!["botAppId"]!["value"]);
    }
}
