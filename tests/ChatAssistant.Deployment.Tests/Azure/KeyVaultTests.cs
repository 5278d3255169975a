using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ChatAssistant.Deployment.Tests.Azure;

/// <summary>With SingleTenant the client secret lives in a Key Vault and the web app reads it through a reference.</summary>
public sealed partial class KeyVaultTests
{
    private const string OnlyForSingleTenant = "[variables('useKeyVault')]";
    private const string KeyVaultSecretsUser = "4633458b-17de-408a-b874-0445c86b69e6";

    private readonly ArmTemplate template = ArmTemplate.Main;

    private static string[] DependsOn(JsonObject resource) => resource["dependsOn"]!.AsArray().Select(d => (string)d!).ToArray();

    [Fact]
    public void VaultExistsOnlyForSingleTenantWithRbacAndSoftDelete()
    {
        var vault = template.Resource("Microsoft.KeyVault/vaults");
        var properties = vault["properties"]!;

        Assert.Equal(OnlyForSingleTenant, (string?)vault["condition"]);
        Assert.Equal("[variables('keyVaultName')]", (string?)vault["name"]);
        Assert.Equal("[subscription().tenantId]", (string?)properties["tenantId"]);
        Assert.Equal("standard", (string?)properties["sku"]!["name"]);
        Assert.True((bool)properties["enableRbacAuthorization"]!);
        Assert.True((bool)properties["enableSoftDelete"]!);
        Assert.Empty(properties["accessPolicies"]!.AsArray());
    }

    [Fact]
    public void PurgeProtectionIsOnOrLeftOutNeverFalse()
    {
        // The Key Vault API refuses enablePurgeProtection: false, so "off" must leave the property out (null).
        var purge = (string?)template.Resource("Microsoft.KeyVault/vaults")["properties"]!["enablePurgeProtection"];

        Assert.Equal("[if(parameters('keyVaultPurgeProtection'), true(), json('null'))]", purge);
        Assert.Equal("bool", (string?)template.Parameters["keyVaultPurgeProtection"]!["type"]);
    }

    [Fact]
    public void VaultNameIsAlwaysAValidKeyVaultName()
    {
        // 3–24 characters, letters, digits and hyphens, starting with a letter, globally unique: a letter prefix, a
        // few characters of baseName without its hyphens and uniqueString's 13 lowercase letters and digits.
        var name = (string)template.Variables["keyVaultName"]!;
        var parts = VaultName().Match(name);

        Assert.True(parts.Success, name);
        var prefix = parts.Groups["prefix"].Value;
        Assert.Matches("^[a-z][a-z0-9]*$", prefix);
        var longest = prefix.Length + int.Parse(parts.Groups["take"].Value, System.Globalization.CultureInfo.InvariantCulture) + 13;
        Assert.InRange(longest, 3, 24);
        Assert.Equal("24", parts.Groups["limit"].Value);
    }

    [Fact]
    public void SecretHoldsThePasswordInTheVaultOnlyForSingleTenant()
    {
        var secret = template.Resource("Microsoft.KeyVault/vaults/secrets");

        Assert.Equal(OnlyForSingleTenant, (string?)secret["condition"]);
        Assert.Equal("[format('{0}/{1}', variables('keyVaultName'), variables('appPasswordSecretName'))]", (string?)secret["name"]);
        Assert.Equal("[parameters('msaAppPassword')]", (string?)secret["properties"]!["value"]);
        Assert.Contains("[variables('keyVaultId')]", DependsOn(secret));
        Assert.Equal("[resourceId('Microsoft.KeyVault/vaults', variables('keyVaultName'))]", (string?)template.Variables["keyVaultId"]);
        Assert.Equal(
            "[resourceId('Microsoft.KeyVault/vaults/secrets', variables('keyVaultName'), variables('appPasswordSecretName'))]",
            (string?)template.Variables["appPasswordSecretId"]);
    }

    [Fact]
    public void WebAppsIdentityIsAKeyVaultSecretsUserOnTheVault()
    {
        var assignment = template.Resource("Microsoft.Authorization/roleAssignments");
        var properties = assignment["properties"]!;

        Assert.Equal(OnlyForSingleTenant, (string?)assignment["condition"]);
        Assert.Equal("[format('Microsoft.KeyVault/vaults/{0}', variables('keyVaultName'))]", (string?)assignment["scope"]);
        Assert.Equal("[variables('keyVaultRoleAssignmentName')]", (string?)assignment["name"]);
        Assert.Equal(
            "[guid(variables('keyVaultId'), variables('identityId'), variables('keyVaultSecretsUserRoleId'))]",
            (string?)template.Variables["keyVaultRoleAssignmentName"]);
        Assert.Equal(KeyVaultSecretsUser, (string?)template.Variables["keyVaultSecretsUserRoleId"]);
        Assert.Equal(
            "[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', variables('keyVaultSecretsUserRoleId'))]",
            (string?)properties["roleDefinitionId"]);
        Assert.Equal("[reference(variables('identityId'), '2023-01-31').principalId]", (string?)properties["principalId"]);
        Assert.Equal("ServicePrincipal", (string?)properties["principalType"]);
        Assert.Superset(new HashSet<string> { "[variables('keyVaultId')]", "[variables('identityId')]" }, DependsOn(assignment).ToHashSet());
    }

    [Fact]
    public void WebAppStartsOnlyOnceItMayReadTheSecret()
    {
        // App Service resolves the reference when the app starts; a missing secret or role leaves the literal
        // "@Microsoft.KeyVault(...)" as the password until the next restart.
        var dependsOn = DependsOn(template.Resource("Microsoft.Web/sites"));

        Assert.Contains("[variables('appPasswordSecretId')]", dependsOn);
        Assert.Contains("[variables('keyVaultRoleAssignmentId')]", dependsOn);
        Assert.Equal(
            "[extensionResourceId(variables('keyVaultId'), 'Microsoft.Authorization/roleAssignments', variables('keyVaultRoleAssignmentName'))]",
            (string?)template.Variables["keyVaultRoleAssignmentId"]);
    }

    [Fact]
    public void TemplateOutputsTheVaultNameForSingleTenantOnly()
    {
        Assert.Equal("[if(variables('useKeyVault'), variables('keyVaultName'), '')]", (string?)template.Root["outputs"]!["keyVaultName"]!["value"]);
    }

    [GeneratedRegex(@"^\[take\(toLower\(format\('(?<prefix>[^'{]*)\{0\}\{1\}', take\(replace\(parameters\('baseName'\), '-', ''\), (?<take>\d+)\), uniqueString\(resourceGroup\(\)\.id, parameters\('baseName'\)\)\)\), (?<limit>\d+)\)\]$")]
    private static partial Regex VaultName();
}
