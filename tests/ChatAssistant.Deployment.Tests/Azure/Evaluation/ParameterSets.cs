using System.Text.Json.Nodes;

namespace ChatAssistant.Deployment.Tests.Azure.Evaluation;

/// <summary>Parameter values of realistic deployments, and the same values as a parameters file keeps them (no secrets).</summary>
public static class ParameterSets
{
    public const string AppPassword = "first-client-secret";
    public const string AdminKey = "first-admin-key-0123456789";
    public const string ChannelId = "19:consultants@thread.tacv2";

    public static Dictionary<string, JsonNode?> UserAssigned() => new()
    {
        ["baseName"] = "varam-chatassistant",
        ["escalationAdminApiKey"] = AdminKey,
        ["escalationAdminIds"] = new JsonArray("29:admin-one", "8a7b6c5d-0000-4000-8000-00000000abcd"),
        ["adminIpRanges"] = new JsonArray("203.0.113.0/24"),
    };

    public static Dictionary<string, JsonNode?> SingleTenant()
    {
        var parameters = UserAssigned();
        parameters["msaAppType"] = "SingleTenant";
        parameters["msaAppId"] = "5e4d3c2b-1a09-4f8e-9d7c-6b5a49382716";
        parameters["msaAppPassword"] = AppPassword;
        return parameters;
    }

    /// <summary>The values without the secure parameters, which stay out of a parameters file.</summary>
    public static Dictionary<string, JsonNode?> WithoutSecrets(Dictionary<string, JsonNode?> parameters) =>
        parameters.Where(p => (string?)ArmTemplate.Main.Parameters[p.Key]!["type"] != "securestring").ToDictionary(p => p.Key, p => p.Value?.DeepClone());

    public static Dictionary<string, JsonNode?> With(this Dictionary<string, JsonNode?> parameters, string name, JsonNode? value)
    {
        var copy = parameters.ToDictionary(p => p.Key, p => p.Value?.DeepClone());
        copy[name] = value;
        return copy;
    }
}
