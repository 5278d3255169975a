using System.Text.Json.Nodes;
using ChatAssistant.Deployment.Tests.Azure.Evaluation;

namespace ChatAssistant.Deployment.Tests.Azure;

/// <summary>
/// What a government tenant's review of the template requires, each rule as a function of the template's JSON that
/// returns its violations (empty: the rule holds). The tests apply them to azuredeploy.json, and to copies broken on
/// purpose, so a rule that could never fire would show.
/// </summary>
public static class TemplatePolicies
{
    /// <summary>Settings an operator changes on a live bot, each with the parameter that sets it and a sample value.</summary>
    public static readonly (string Setting, string Parameter, JsonNode Sample)[] OperatorSettings =
    [
        ("Escalation__ConsultationChannelId", "consultationChannelId", "19:sample@thread.tacv2"),
        ("Escalation__ConsultationServiceUrl", "consultationServiceUrl", "https://smba.trafficmanager.net/emea/"),
        ("Escalation__ChannelLanguage", "consultationChannelLanguage", "en"),
        ("Escalation__AdminIds__0", "escalationAdminIds", new JsonArray("29:sample-admin")),
        ("AdminNetwork__AllowedIpRanges__0", "adminIpRanges", new JsonArray("203.0.113.0/24")),
        ("Escalation__AdminApiKey", "escalationAdminApiKey", "sample-admin-key-0123456789"),
        ("Escalation__RetentionDays", "ticketRetentionDays", 90),
        ("Feedback__RetentionDays", "feedbackRetentionDays", 120),
        ("Escalation__OpenTicketDays", "openTicketDays", 60),
        ("Checklists__RetentionDays", "checklistRetentionDays", 200),
        ("Storage__StateRetentionDays", "stateRetentionDays", 30),
    ];

    public static IEnumerable<string> StorageKeyInAppSettings(JsonObject template)
    {
        var text = template.ToJsonString();
        if (text.Contains("listKeys(", StringComparison.OrdinalIgnoreCase)) yield return "the template reads the storage account keys (listKeys)";
        foreach (var parameters in new[] { ParameterSets.UserAssigned(), ParameterSets.SingleTenant() })
        {
            var group = new DeployedResourceGroup();
            group.Deploy(template, parameters);
            foreach (var (name, value) in group.AppSettings)
            {
                var text2 = value?.ToString() ?? "";
                if (text2.Contains("AccountKey=", StringComparison.OrdinalIgnoreCase) || text2.Contains("SharedAccessSignature=", StringComparison.OrdinalIgnoreCase))
                    yield return $"app setting {name} holds a storage key";
                if (name.StartsWith("Storage__", StringComparison.Ordinal) && name.EndsWith("ConnectionString", StringComparison.Ordinal))
                    yield return $"app setting {name} is a storage connection string";
            }
        }
    }

    public static IEnumerable<string> SharedKeyAccess(JsonObject template)
    {
        var storage = Resources(template, "Microsoft.Storage/storageAccounts").Single()["properties"]!;
        if (storage["allowSharedKeyAccess"]?.GetValueKind() != System.Text.Json.JsonValueKind.False) yield return "allowSharedKeyAccess is not false";
        if (storage["defaultToOAuthAuthentication"]?.GetValueKind() != System.Text.Json.JsonValueKind.True) yield return "defaultToOAuthAuthentication is not true";
        if (storage["allowCrossTenantReplication"]?.GetValueKind() != System.Text.Json.JsonValueKind.False) yield return "allowCrossTenantReplication is not false";
    }

    public static IEnumerable<string> ChannelsBesidesTeams(JsonObject template)
    {
        var channels = Resources(template, "Microsoft.BotService/botServices/channels").ToList();
        // Azure gives every new bot a Web Chat channel: unless the template declares it off, it stays on.
        foreach (var required in new[] { "WebChatChannel", "DirectLineChannel" })
        {
            if (!channels.Any(c => (string?)c["properties"]!["channelName"] == required)) yield return $"{required} is not declared (and so not turned off)";
        }
        foreach (var channel in channels.Where(c => (string?)c["properties"]!["channelName"] != "MsTeamsChannel"))
        {
            var name = (string?)channel["properties"]!["channelName"];
            var properties = channel["properties"]!["properties"]!;
            if (properties["isEnabled"] is { } enabled && enabled.GetValueKind() != System.Text.Json.JsonValueKind.False) yield return $"{name} is enabled";
            foreach (var site in properties["sites"]?.AsArray() ?? [])
            {
                if (site!["isEnabled"]?.GetValueKind() != System.Text.Json.JsonValueKind.False) yield return $"{name} site {(string?)site["siteName"]} is enabled";
            }
        }
    }

    public static IEnumerable<string> PurgeProtectionByDefault(JsonObject template)
    {
        var vault = Resources(template, "Microsoft.KeyVault/vaults").Single();
        if (vault["condition"] is not null) yield return "the Key Vault is not deployed in every mode";
        var evaluator = new ArmEvaluator(template, new Dictionary<string, JsonNode?> { ["baseName"] = "policy" });
        if (evaluator.Evaluate(vault["properties"]!["enablePurgeProtection"])?.GetValueKind() != System.Text.Json.JsonValueKind.True)
            yield return "purge protection is off with the default parameters";
    }

    public static IEnumerable<string> DiagnosticSettings(JsonObject template)
    {
        var settings = Resources(template, "Microsoft.Insights/diagnosticSettings").ToList();
        var required = new (string Scope, string Log)[]
        {
            ("Microsoft.KeyVault/vaults", "audit"), ("Microsoft.Web/sites", "AppServiceHTTPLogs"), ("Microsoft.BotService/botServices", "BotRequest"),
        };
        foreach (var (scope, log) in required)
        {
            var match = settings.Where(s => ((string?)s["scope"] ?? "").Contains($"'{scope}/", StringComparison.Ordinal)).ToList();
            if (match.Count == 0) { yield return $"no diagnostic settings on {scope}"; continue; }
            var sent = match.Where(s => (string?)s["properties"]!["workspaceId"] == "[variables('workspaceId')]")
                .SelectMany(s => s["properties"]!["logs"]!.AsArray())
                .Where(l => l!["enabled"]?.GetValueKind() == System.Text.Json.JsonValueKind.True)
                .Select(l => (string?)l!["category"] ?? (string?)l!["categoryGroup"]);
            if (!sent.Contains(log)) yield return $"{scope} does not send {log} to the Log Analytics workspace";
        }
    }

    public static IEnumerable<string> GlobalBotByDefault(JsonObject template)
    {
        var bot = Resources(template, "Microsoft.BotService/botServices").Single();
        if ((string?)bot["location"] != "[parameters('botLocation')]") yield return "the bot's location is not the botLocation parameter";
        var fallback = (string?)template["parameters"]?["botLocation"]?["defaultValue"];
        if (fallback is null or "global") yield return $"the bot's default location is {fallback ?? "missing"}, not a regional bot";
    }

    /// <summary>An operator's setting that a redeploy would reset to something other than its parameter's value.</summary>
    public static IEnumerable<string> SettingsWithoutParameters(JsonObject template)
    {
        foreach (var (setting, parameter, sample) in OperatorSettings)
        {
            if (template["parameters"]?[parameter] is null) { yield return $"{setting} has no parameter {parameter}"; continue; }
            var group = new DeployedResourceGroup();
            group.Deploy(template, ParameterSets.UserAssigned().With(parameter, sample.DeepClone()));
            var expected = sample is JsonArray list ? (string?)list[0] : sample.ToString();
            if (group.Resolved(setting) != expected) yield return $"{setting} is '{group.Resolved(setting)}' after a deployment with {parameter} = {sample.ToJsonString()}";
        }
    }

    public static IEnumerable<JsonObject> Resources(JsonObject template, string type) =>
        (template["resources"] as JsonArray ?? []).OfType<JsonObject>().Where(r => (string?)r["type"] == type);
}
