using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ChatAssistant.Deployment.Tests.Azure;

/// <summary>An ARM JSON template read for the tests: its declarations and the names its expressions refer to.</summary>
public sealed partial class ArmTemplate(JsonObject root)
{
    public static ArmTemplate Main => Load("azuredeploy.json");

    public static ArmTemplate Load(string file) =>
        new((JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "azure", file)))!);

    public JsonObject Root => root;
    public JsonObject Parameters => root["parameters"] as JsonObject ?? [];
    public JsonObject Variables => root["variables"] as JsonObject ?? [];
    public IEnumerable<JsonObject> Resources => (root["resources"] as JsonArray ?? []).OfType<JsonObject>();

    public JsonObject Resource(string type) => Assert.Single(Resources, r => (string?)r["type"] == type);

    /// <summary>Names passed to parameters('…') anywhere in the template.</summary>
    public IReadOnlySet<string> ParameterReferences => References("parameters");

    /// <summary>Names passed to variables('…') anywhere in the template.</summary>
    public IReadOnlySet<string> VariableReferences => References("variables");

    private HashSet<string> References(string function) =>
        Strings(root)
            .SelectMany(s => Reference().Matches(s))
            .Where(m => m.Groups["function"].Value == function)
            .Select(m => m.Groups["name"].Value)
            .ToHashSet();

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => Strings(p.Value)),
        JsonArray array => array.SelectMany(Strings),
        JsonValue value when value.GetValueKind() == System.Text.Json.JsonValueKind.String => [value.GetValue<string>()],
        _ => [],
    };

    [GeneratedRegex(@"\b(?<function>parameters|variables)\(\s*'(?<name>[^']+)'\s*\)")]
    private static partial Regex Reference();
}
