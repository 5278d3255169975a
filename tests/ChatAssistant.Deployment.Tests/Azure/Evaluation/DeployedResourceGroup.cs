using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ChatAssistant.Deployment.Tests.Azure.Evaluation;

/// <summary>
/// What successive deployments of the template leave behind, for the settings that matter between deployments: the
/// web app's app settings (Microsoft.Web/sites/config 'appsettings' replaces the whole list each time, as a PUT does)
/// and the Key Vault's secrets (each write adds a version; the newest is what a versionless reference reads).
/// </summary>
public sealed partial class DeployedResourceGroup
{
    private readonly Dictionary<string, List<string>> secretVersions = new(StringComparer.OrdinalIgnoreCase);

    public JsonObject AppSettings { get; private set; } = [];

    /// <summary>How many versions each secret has, by name.</summary>
    public IReadOnlyDictionary<string, int> SecretVersionCounts => secretVersions.ToDictionary(s => s.Key, s => s.Value.Count);

    public string? Secret(string name) => secretVersions.TryGetValue(name, out var versions) ? versions[^1] : null;

    /// <summary>Deploys <paramref name="template"/> with <paramref name="parameters"/> (the rest take their defaults).</summary>
    public void Deploy(JsonObject template, IReadOnlyDictionary<string, JsonNode?> parameters)
    {
        var evaluator = new ArmEvaluator(template, parameters);
        foreach (var resource in (template["resources"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var type = (string?)resource["type"];
            if (type is not ("Microsoft.KeyVault/vaults/secrets" or "Microsoft.Web/sites/config")) continue;
            if (resource["condition"] is { } condition && !ArmEvaluator.Truth(evaluator.Evaluate(condition))) continue;
            var name = ArmEvaluator.Text(evaluator.Evaluate(resource["name"]));
            if (type == "Microsoft.KeyVault/vaults/secrets")
            {
                var secret = name[(name.LastIndexOf('/') + 1)..];
                if (!secretVersions.TryGetValue(secret, out var versions)) secretVersions[secret] = versions = [];
                versions.Add(ArmEvaluator.Text(evaluator.Evaluate(resource["properties"]!["value"])));
            }
            else if (name.EndsWith("/appsettings", StringComparison.Ordinal))
            {
                AppSettings = (JsonObject)evaluator.Evaluate(resource["properties"])!;
            }
        }
    }

    /// <summary>The value the bot sees for an app setting: a Key Vault reference resolved as App Service resolves it, or left as its text when the secret does not exist.</summary>
    public string? Resolved(string setting)
    {
        var value = (string?)AppSettings[setting];
        if (value is null) return null;
        var reference = KeyVaultReference().Match(value);
        return reference.Success ? Secret(reference.Groups["secret"].Value) ?? value : value;
    }

    /// <summary>Every setting as the bot sees it, with references resolved, in the configuration's "Section:Key" form.</summary>
    public Dictionary<string, string?> BotConfiguration() =>
        AppSettings.ToDictionary(s => s.Key.Replace("__", ":", StringComparison.Ordinal), s => Resolved(s.Key));

    [GeneratedRegex(@"^@Microsoft\.KeyVault\(VaultName=(?<vault>[^;]+);SecretName=(?<secret>[^;)]+)\)$")]
    private static partial Regex KeyVaultReference();
}
