using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace ChatAssistant.Deployment.Tests.Azure.Evaluation;

/// <summary>
/// The made-up subscription and resource group a test deployment goes to, and what reference() reads from the
/// resources deployed there: stable across deployments, as real ones are.
/// </summary>
internal static class AzureWorld
{
    public const string SubscriptionId = "00000000-1111-2222-3333-444444444444";
    public const string TenantId = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";
    public const string ResourceGroupName = "rg-chatassistant";
    public const string IdentityClientId = "c1c1c1c1-0000-4000-8000-000000000001";
    public const string IdentityPrincipalId = "p1p1p1p1-0000-4000-8000-000000000002";
    public const string InsightsConnectionString = "InstrumentationKey=00000000-0000-0000-0000-000000000003;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/";

    private static string ResourceGroupId => $"/subscriptions/{SubscriptionId}/resourceGroups/{ResourceGroupName}";

    public static JsonObject ResourceGroup() => new() { ["id"] = ResourceGroupId, ["name"] = ResourceGroupName, ["location"] = "swedencentral" };

    public static JsonObject Subscription() => new() { ["id"] = $"/subscriptions/{SubscriptionId}", ["subscriptionId"] = SubscriptionId, ["tenantId"] = TenantId };

    public static JsonObject Environment() => new()
    {
        ["name"] = "AzureCloud",
        ["suffixes"] = new JsonObject { ["storage"] = "core.windows.net", ["keyvaultDns"] = ".vault.azure.net" },
    };

    /// <summary>resourceId('Type/Child', 'name', 'child'): the ID of a resource in the resource group.</summary>
    public static string ResourceId(IReadOnlyList<string> args)
    {
        var types = args[0].Split('/');
        var path = new StringBuilder($"{ResourceGroupId}/providers/{types[0]}/{types[1]}/{args[1]}");
        for (var i = 2; i < types.Length; i++) path.Append('/').Append(types[i]).Append('/').Append(args[i]);
        return path.ToString();
    }

    public static string SubscriptionResourceId(IReadOnlyList<string> args) => $"/subscriptions/{SubscriptionId}/providers/{args[0]}/{args[1]}";

    /// <summary>What reference() returns for a deployed resource of this template, by its type.</summary>
    public static JsonObject Reference(string resourceId)
    {
        var name = resourceId[(resourceId.LastIndexOf('/') + 1)..];
        if (resourceId.Contains("/Microsoft.ManagedIdentity/userAssignedIdentities/", StringComparison.OrdinalIgnoreCase))
            return new JsonObject { ["clientId"] = IdentityClientId, ["principalId"] = IdentityPrincipalId, ["tenantId"] = TenantId };
        if (resourceId.Contains("/Microsoft.Insights/components/", StringComparison.OrdinalIgnoreCase))
            return new JsonObject { ["ConnectionString"] = InsightsConnectionString };
        if (resourceId.Contains("/Microsoft.Web/sites/", StringComparison.OrdinalIgnoreCase))
            return new JsonObject { ["defaultHostName"] = $"{name}.azurewebsites.net" };
        throw new NotSupportedException($"the test world has no reference() for {resourceId}");
    }

    /// <summary>A stand-in for uniqueString(): 13 lowercase letters and digits, the same for the same arguments.</summary>
    public static string UniqueString(IEnumerable<string> args)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('|', args)));
        const string alphabet = "abcdefghijklmnopqrstuvwxyz234567";
        return new string(hash.Take(13).Select(b => alphabet[b % 32]).ToArray());
    }

    public static string Guid(IEnumerable<string> args) =>
        new System.Guid(MD5.HashData(Encoding.UTF8.GetBytes(string.Join('|', args)))).ToString();
}
