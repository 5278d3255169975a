using System.Text.Json.Nodes;
using ChatAssistant.Deployment.Tests.Azure.Evaluation;

namespace ChatAssistant.Deployment.Tests.Azure;

/// <summary>The review's findings as tests: each fails on azuredeploy.json if its problem comes back.</summary>
public sealed class PolicyTests
{
    private static JsonObject Template => (JsonObject)ArmTemplate.Main.Root.DeepClone();

    public static TheoryData<string> Policies() =>
    [
        nameof(TemplatePolicies.StorageKeyInAppSettings), nameof(TemplatePolicies.SharedKeyAccess), nameof(TemplatePolicies.ChannelsBesidesTeams),
        nameof(TemplatePolicies.PurgeProtectionByDefault), nameof(TemplatePolicies.DiagnosticSettings), nameof(TemplatePolicies.GlobalBotByDefault),
        nameof(TemplatePolicies.SettingsWithoutParameters),
    ];

    private static IEnumerable<string> Check(string policy, JsonObject template) => policy switch
    {
        nameof(TemplatePolicies.StorageKeyInAppSettings) => TemplatePolicies.StorageKeyInAppSettings(template),
        nameof(TemplatePolicies.SharedKeyAccess) => TemplatePolicies.SharedKeyAccess(template),
        nameof(TemplatePolicies.ChannelsBesidesTeams) => TemplatePolicies.ChannelsBesidesTeams(template),
        nameof(TemplatePolicies.PurgeProtectionByDefault) => TemplatePolicies.PurgeProtectionByDefault(template),
        nameof(TemplatePolicies.DiagnosticSettings) => TemplatePolicies.DiagnosticSettings(template),
        nameof(TemplatePolicies.GlobalBotByDefault) => TemplatePolicies.GlobalBotByDefault(template),
        nameof(TemplatePolicies.SettingsWithoutParameters) => TemplatePolicies.SettingsWithoutParameters(template),
        _ => throw new ArgumentOutOfRangeException(nameof(policy)),
    };

    [Theory]
    [MemberData(nameof(Policies))]
    public void TheTemplateHoldsThePolicy(string policy)
    {
        var violations = Check(policy, Template).ToList();

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    [Theory]
    [MemberData(nameof(Policies))]
    public void ThePolicyCatchesItsProblemComingBack(string policy)
    {
        // Each policy against a copy with the reviewed problem put back: it must fire.
        var broken = Template;
        Break(policy, broken);

        Assert.NotEmpty(Check(policy, broken));
    }

    private static void Break(string policy, JsonObject template)
    {
        JsonObject Single(string type) => TemplatePolicies.Resources(template, type).Single();
        switch (policy)
        {
            case nameof(TemplatePolicies.StorageKeyInAppSettings):
                template["variables"]!["appSettings"]!["Storage__AzureConnectionString"] =
                    "[format('DefaultEndpointsProtocol=https;AccountName={0};AccountKey={1}', variables('storageName'), 'key')]";
                break;
            case nameof(TemplatePolicies.SharedKeyAccess):
                Single("Microsoft.Storage/storageAccounts")["properties"]!.AsObject().Remove("allowSharedKeyAccess");
                break;
            case nameof(TemplatePolicies.ChannelsBesidesTeams):
                var webChat = TemplatePolicies.Resources(template, "Microsoft.BotService/botServices/channels").Single(c => (string?)c["properties"]!["channelName"] == "WebChatChannel");
                template["resources"]!.AsArray().Remove(webChat);
                break;
            case nameof(TemplatePolicies.PurgeProtectionByDefault):
                template["parameters"]!["keyVaultPurgeProtection"]!["defaultValue"] = false;
                break;
            case nameof(TemplatePolicies.DiagnosticSettings):
                foreach (var setting in TemplatePolicies.Resources(template, "Microsoft.Insights/diagnosticSettings").ToList()) template["resources"]!.AsArray().Remove(setting);
                break;
            case nameof(TemplatePolicies.GlobalBotByDefault):
                template["parameters"]!["botLocation"]!["defaultValue"] = "global";
                break;
            case nameof(TemplatePolicies.SettingsWithoutParameters):
                // The consultation channel as a fixed value, as an operator's portal change would be lost to it.
                template["variables"]!["appSettings"]!["Escalation__ConsultationChannelId"] = "";
                break;
        }
    }

    [Fact]
    public void EveryOptionTheBotReadsIsSetByTheTemplateOrLeftAtItsDefaultOnPurpose()
    {
        // A new option forces a decision: a parameter (if operators change it) or an entry here (with the reason).
        var leftAtDefaults = new Dictionary<string, string>
        {
            ["Storage:SqlitePath"] = "the deployed state is in Azure Storage",
            ["Storage:AzureConnectionString"] = "it carries the account key; the deployment is keyless",
            ["Knowledge:ContentPath"] = "the content ships inside the published app",
            ["Knowledge:WatchForChanges"] = "the published content does not change until the next deployment",
            ["Knowledge:ConfidenceThreshold"] = "tuned with the content, released with the code",
            ["Limits:MaxActivityBytes"] = "a protection limit, released with the code",
            ["RateLimit:Enabled"] = "a protection limit, released with the code",
            ["RateLimit:BurstLimit"] = "a protection limit, released with the code",
            ["RateLimit:TurnsPerMinute"] = "a protection limit, released with the code",
            ["Connector:ShareClients"] = "an implementation switch for tests",
            ["Escalation:OutboxInterval"] = "retry timing, released with the code",
            ["Escalation:FirstRetryDelay"] = "retry timing, released with the code",
            ["ComposeSearch:MaxResults"] = "the search list's length, released with the code",
            ["ComposeSearch:RelatedScoreShare"] = "tuned with the content, released with the code",
            ["ComposeSearch:CountFlushInterval"] = "how often counts reach the store; timing released with the code",
            ["ComposeSearch:CountRetentionDays"] = "the counts hold no personal data; how fast 'most asked' ages is released with the code",
            ["Escalation:DeliveryLease"] = "retry timing, released with the code",
            ["Tab:CardId"] = "the knowledge tab's card follows the content, released with it",
            ["Tab:EntityId"] = "it must match the Teams manifest's channel tab, released with the package",
        };
        var group = new DeployedResourceGroup();
        group.Deploy(ArmTemplate.Main.Root, ParameterSets.UserAssigned());
        var set = group.BotConfiguration().Keys.Select(k => System.Text.RegularExpressions.Regex.Replace(k, @":\d+$", "")).ToHashSet(StringComparer.OrdinalIgnoreCase);

        var undecided = BotConfigurationKeys.All.Where(k => !set.Contains(k) && !leftAtDefaults.ContainsKey(k)).Order().ToList();

        Assert.True(undecided.Count == 0, $"options neither set by the template nor left at their default on purpose: {string.Join(", ", undecided)}");
        Assert.DoesNotContain(leftAtDefaults.Keys, set.Contains);
    }

    [Fact]
    public void AccessRestrictionsAdmitTheBotServiceAndTheAdminRangesAndNothingElse()
    {
        var site = TemplatePolicies.Resources(Template, "Microsoft.Web/sites").Single();
        var evaluator = new ArmEvaluator(Template, ParameterSets.UserAssigned().With("adminIpRanges", new JsonArray("203.0.113.0/24", "2001:db8::/48")));
        var config = evaluator.Evaluate(site["properties"]!["siteConfig"])!;

        var rules = config["ipSecurityRestrictions"]!.AsArray().Select(r => ((string?)r!["ipAddress"], (string?)r["tag"] ?? "Default", (string?)r["action"])).ToList();
        Assert.Equal([("AzureBotService", "ServiceTag", "Allow"), ("203.0.113.0/24", "Default", "Allow"), ("2001:db8::/48", "Default", "Allow")], rules);
        Assert.Equal("Deny", (string?)config["ipSecurityRestrictionsDefaultAction"]);
        Assert.Equal(["203.0.113.0/24", "2001:db8::/48"], config["scmIpSecurityRestrictions"]!.AsArray().Select(r => (string?)r!["ipAddress"]));
        Assert.Equal("Deny", (string?)config["scmIpSecurityRestrictionsDefaultAction"]);
    }

    [Fact]
    public void BasicPublishingCredentialsAreOffForFtpAndScm()
    {
        var policies = TemplatePolicies.Resources(Template, "Microsoft.Web/sites/basicPublishingCredentialsPolicies").ToList();

        var evaluator = new ArmEvaluator(Template, ParameterSets.UserAssigned());

        Assert.Equal(["varam-chatassistant-app/ftp", "varam-chatassistant-app/scm"], policies.Select(p => (string?)evaluator.Evaluate(p["name"])).Order());
        Assert.All(policies, p => Assert.Equal(System.Text.Json.JsonValueKind.False, p["properties"]!["allow"]!.GetValueKind()));
    }

    [Fact]
    public void StorageRolesAreGrantedOnTheContainerAndTablesOnly()
    {
        var assignments = TemplatePolicies.Resources(Template, "Microsoft.Authorization/roleAssignments").ToList();
        var blob = assignments.Single(a => ((string?)a["properties"]!["roleDefinitionId"])!.Contains("storageBlobDataContributorRoleId", StringComparison.Ordinal));
        var table = assignments.Single(a => ((string?)a["properties"]!["roleDefinitionId"])!.Contains("storageTableDataContributorRoleId", StringComparison.Ordinal));

        Assert.Equal("[format('Microsoft.Storage/storageAccounts/{0}/blobServices/default/containers/{1}', variables('storageName'), variables('stateContainer'))]", (string?)blob["scope"]);
        Assert.Equal("[format('Microsoft.Storage/storageAccounts/{0}/tableServices/default/tables/{1}', variables('storageName'), variables('tables')[copyIndex()])]", (string?)table["scope"]);
        Assert.Equal(("ba92f5b4-2d11-453d-a403-e96b0029c9fe", "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3"),
            ((string?)Template["variables"]!["storageBlobDataContributorRoleId"], (string?)Template["variables"]!["storageTableDataContributorRoleId"]));
    }
}
