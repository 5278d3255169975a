using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ChatAssistant.Deployment.Tests.Azure.Evaluation;

namespace ChatAssistant.Deployment.Tests.Azure;

/// <summary>A Key Vault in both identity modes holds the admin key (and the SingleTenant client secret); the web app reads them through references.</summary>
public sealed partial class KeyVaultTests
{
    private const string KeyVaultSecretsUser = "4633458b-17de-408a-b874-0445c86b69e6";

    private readonly ArmTemplate template = ArmTemplate.Main;

    private static string[] DependsOn(JsonObject resource) => resource["dependsOn"]!.AsArray().Select(d => (string)d!).ToArray();

    private JsonObject Secret(string name) =>
        Assert.Single(template.Resources, r => (string?)r["type"] == "Microsoft.KeyVault/vaults/secrets" && ((string?)r["name"])!.Contains($"variables('{name}')", StringComparison.Ordinal));

    [Fact]
    public void VaultExistsInBothModesWithRbacAndSoftDelete()
    {
        var vault = template.Resource("Microsoft.KeyVault/vaults");
        var properties = vault["properties"]!;

        Assert.Null(vault["condition"]);
        Assert.Equal("[variables('keyVaultName')]", (string?)vault["name"]);
        Assert.Equal("[subscription().tenantId]", (string?)properties["tenantId"]);
        Assert.True((bool)properties["enableRbacAuthorization"]!);
        Assert.True((bool)properties["enableSoftDelete"]!);
        Assert.Empty(properties["accessPolicies"]!.AsArray());
    }

    [Fact]
    public void PurgeProtectionIsOnOrLeftOutNeverFalse()
    {
        // The Key Vault API refuses enablePurgeProtection: false, so "off" must leave the property out (null).
        var purge = template.Resource("Microsoft.KeyVault/vaults")["properties"]!["enablePurgeProtection"];

        Assert.Equal("[if(parameters('keyVaultPurgeProtection'), true(), json('null'))]", (string?)purge);
        Assert.Null(new ArmEvaluator(template.Root, ParameterSets.UserAssigned().With("keyVaultPurgeProtection", false)).Evaluate(purge));
    }

    [Fact]
    public void VaultNameIsAlwaysAValidKeyVaultName()
    {
        // 3–24 characters, letters, digits and hyphens, starting with a letter, globally unique: a letter prefix, a
        // few characters of baseName without its hyphens and uniqueString's 13 lowercase letters and digits.
        var name = (string)template.Variables["keyVaultName"]!;
        var parts = VaultName().Match(name);

        Assert.True(parts.Success, name);
        Assert.Matches("^[a-z][a-z0-9]*$", parts.Groups["prefix"].Value);
        var longest = parts.Groups["prefix"].Value.Length + int.Parse(parts.Groups["take"].Value, System.Globalization.CultureInfo.InvariantCulture) + 13;
        Assert.InRange(longest, 3, 24);
        Assert.Equal("24", parts.Groups["limit"].Value);
    }

    [Theory]
    [InlineData("appPasswordSecretName", "msaAppPassword", "[and(variables('useAppPassword'), not(empty(parameters('msaAppPassword'))))]")]
    [InlineData("adminKeySecretName", "escalationAdminApiKey", "[not(empty(parameters('escalationAdminApiKey')))]")]
    public void ASecretIsWrittenOnlyWhenANewValueIsGiven(string secretName, string parameter, string condition)
    {
        var secret = Secret(secretName);

        Assert.Equal(condition, (string?)secret["condition"]);
        Assert.Equal($"[parameters('{parameter}')]", (string?)secret["properties"]!["value"]);
        Assert.Contains("[variables('keyVaultId')]", DependsOn(secret));
        Assert.Equal("securestring", (string?)template.Parameters[parameter]!["type"]);
        Assert.Equal("", (string?)template.Parameters[parameter]!["defaultValue"]);
    }

    [Fact]
    public void WebAppsIdentityIsAKeyVaultSecretsUserOnTheVault()
    {
        var assignment = Assert.Single(template.Resources, r => (string?)r["type"] == "Microsoft.Authorization/roleAssignments" && ((string?)r["scope"])!.Contains("KeyVault", StringComparison.Ordinal));
        var properties = assignment["properties"]!;

        Assert.Null(assignment["condition"]);
        Assert.Equal("[format('Microsoft.KeyVault/vaults/{0}', variables('keyVaultName'))]", (string?)assignment["scope"]);
        Assert.Equal(KeyVaultSecretsUser, (string?)template.Variables["keyVaultSecretsUserRoleId"]);
        Assert.Equal("[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', variables('keyVaultSecretsUserRoleId'))]", (string?)properties["roleDefinitionId"]);
        Assert.Equal("[reference(variables('identityId'), '2023-01-31').principalId]", (string?)properties["principalId"]);
        Assert.Equal("ServicePrincipal", (string?)properties["principalType"]);
    }

    [Fact]
    public void SettingsAreWrittenOnlyOnceTheAppMayReadTheSecrets()
    {
        // App Service resolves a reference when the settings change; a missing secret or role leaves the literal
        // "@Microsoft.KeyVault(...)" in place until the next change or restart.
        var settings = Assert.Single(template.Resources, r => (string?)r["type"] == "Microsoft.Web/sites/config");
        var dependsOn = DependsOn(settings);

        Assert.Contains("[variables('keyVaultRoleAssignmentId')]", dependsOn);
        Assert.Contains("[resourceId('Microsoft.KeyVault/vaults/secrets', variables('keyVaultName'), variables('appPasswordSecretName'))]", dependsOn);
        Assert.Contains("[resourceId('Microsoft.KeyVault/vaults/secrets', variables('keyVaultName'), variables('adminKeySecretName'))]", dependsOn);
        Assert.Equal("[variables('identityId')]", (string?)template.Resource("Microsoft.Web/sites")["properties"]!["keyVaultReferenceIdentity"]);
    }

    [Fact]
    public void TemplateOutputsTheVaultName()
    {
        Assert.Equal("[variables('keyVaultName')]", (string?)template.Root["outputs"]!["keyVaultName"]!["value"]);
    }

    [GeneratedRegex(@"^\[take\(toLower\(format\('(?<prefix>[^'{]*)\{0\}\{1\}', take\(replace\(parameters\('baseName'\), '-', ''\), (?<take>\d+)\), uniqueString\(resourceGroup\(\)\.id, parameters\('baseName'\)\)\)\), (?<limit>\d+)\)\]$")]
    private static partial Regex VaultName();
}
