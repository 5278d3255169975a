using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatAssistant.Deployment.Tests.Azure.Evaluation;

/// <summary>The template functions whose arguments are plain values, as Resource Manager defines them.</summary>
internal static class ArmFunctions
{
    public static JsonNode? Call(string name, IReadOnlyList<JsonNode?> a) => name.ToLowerInvariant() switch
    {
        "true" => JsonValue.Create(true),
        "false" => JsonValue.Create(false),
        "json" => JsonNode.Parse(ArmEvaluator.Text(a[0])),
        "equals" => JsonValue.Create(JsonNode.DeepEquals(a[0], a[1]) || (IsText(a[0]) && IsText(a[1]) && string.Equals(ArmEvaluator.Text(a[0]), ArmEvaluator.Text(a[1]), StringComparison.OrdinalIgnoreCase))),
        "not" => JsonValue.Create(!ArmEvaluator.Truth(a[0])),
        "and" => JsonValue.Create(a.All(ArmEvaluator.Truth)),
        "or" => JsonValue.Create(a.Any(ArmEvaluator.Truth)),
        "empty" => JsonValue.Create(a[0] switch { null => true, JsonArray x => x.Count == 0, JsonObject x => x.Count == 0, _ => ArmEvaluator.Text(a[0]).Length == 0 }),
        "length" => JsonValue.Create((long)(a[0] switch { JsonArray x => x.Count, JsonObject x => x.Count, _ => ArmEvaluator.Text(a[0]).Length })),
        "add" => JsonValue.Create(a[0]!.GetValue<long>() + a[1]!.GetValue<long>()),
        "range" => new JsonArray(Enumerable.Range((int)a[0]!.GetValue<long>(), (int)a[1]!.GetValue<long>()).Select(i => (JsonNode?)JsonValue.Create((long)i)).ToArray()),
        "string" => JsonValue.Create(Display(a[0])),
        "format" => JsonValue.Create(string.Format(CultureInfo.InvariantCulture, ArmEvaluator.Text(a[0]), a.Skip(1).Select(x => (object)Display(x)).ToArray())),
        "tolower" => JsonValue.Create(ArmEvaluator.Text(a[0]).ToLowerInvariant()),
        "replace" => JsonValue.Create(ArmEvaluator.Text(a[0]).Replace(ArmEvaluator.Text(a[1]), ArmEvaluator.Text(a[2]), StringComparison.Ordinal)),
        "take" => a[0] is JsonArray array
            ? new JsonArray(array.Take((int)a[1]!.GetValue<long>()).Select(x => x?.DeepClone()).ToArray())
            : JsonValue.Create(new string(ArmEvaluator.Text(a[0]).Take((int)a[1]!.GetValue<long>()).ToArray())),
        "concat" => a.All(x => x is JsonArray)
            ? new JsonArray(a.SelectMany(x => (JsonArray)x!).Select(x => x?.DeepClone()).ToArray())
            : JsonValue.Create(string.Concat(a.Select(Display))),
        "createarray" => new JsonArray(a.Select(x => x?.DeepClone()).ToArray()),
        "createobject" => new JsonObject(Enumerable.Range(0, a.Count / 2).Select(i => KeyValuePair.Create(ArmEvaluator.Text(a[2 * i]), a[2 * i + 1]?.DeepClone()))),
        "union" => Union(a),
        "uniquestring" => JsonValue.Create(AzureWorld.UniqueString(a.Select(ArmEvaluator.Text))),
        "guid" => JsonValue.Create(AzureWorld.Guid(a.Select(ArmEvaluator.Text))),
        "resourcegroup" => AzureWorld.ResourceGroup(),
        "subscription" => AzureWorld.Subscription(),
        "environment" => AzureWorld.Environment(),
        "resourceid" => JsonValue.Create(AzureWorld.ResourceId(a.Select(ArmEvaluator.Text).ToList())),
        "subscriptionresourceid" => JsonValue.Create(AzureWorld.SubscriptionResourceId(a.Select(ArmEvaluator.Text).ToList())),
        "extensionresourceid" => JsonValue.Create($"{ArmEvaluator.Text(a[0])}/providers/{ArmEvaluator.Text(a[1])}/{string.Join('/', a.Skip(2).Select(ArmEvaluator.Text))}"),
        "reference" => AzureWorld.Reference(ArmEvaluator.Text(a[0])),
        _ => throw new NotSupportedException($"the test evaluator does not know the template function {name}()"),
    };

    private static bool IsText(JsonNode? node) => node is JsonValue v && v.GetValueKind() == JsonValueKind.String;

    /// <summary>A value as string() and format() write it.</summary>
    private static string Display(JsonNode? node) => node switch
    {
        null => "",
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => v.GetValue<bool>() ? "True" : "False",
        JsonValue v => v.ToJsonString(),
        _ => node.ToJsonString(),
    };

    private static JsonNode Union(IReadOnlyList<JsonNode?> items)
    {
        if (items.All(x => x is JsonArray))
            return new JsonArray(items.SelectMany(x => (JsonArray)x!).DistinctBy(x => x?.ToJsonString()).Select(x => x?.DeepClone()).ToArray());
        var result = new JsonObject();
        foreach (var obj in items.Cast<JsonObject>())
        {
            foreach (var (key, value) in obj) result[key] = value?.DeepClone();
        }
        return result;
    }
}
