using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace ChatAssistant.Cards.Tests.Schema;

/// <summary>
/// The official Adaptive Cards 1.5 schema (vendored in cards/Schema/, copied beside the tests), and a validator that reports every violation with
/// its location, so a failing test says which element of which card is wrong.
/// </summary>
/// <remarks>
/// The schema declares draft-06. JsonSchema.Net 8 ships a Draft06 dialect and picks it from <c>$schema</c>, so no
/// workaround (such as evaluating it as draft 7) is needed; the dialect is still named in the build options so the
/// choice is visible here. Because a validator that silently accepts everything would turn every schema test green,
/// loading the schema fails unless a known-bad card is rejected and a known-good card is accepted.
/// </remarks>
public static class AdaptiveCardSchema
{
    public const string RelativePath = "Schema/adaptive-card-1.5.schema.json";

    // Built once: JsonSchema.Net registers every built schema in a registry keyed by its base URI.
    private static readonly Lazy<JsonSchema> Schema = new(Load);

    public static string Locate()
    {
        var path = Path.Combine(AppContext.BaseDirectory, RelativePath);
        return File.Exists(path) ? path : throw new FileNotFoundException($"The vendored schema was not copied beside the tests: {path}", path);
    }

    /// <summary>The violations of <paramref name="card"/> as "instance location (schema path): keyword: message"; empty when valid.</summary>
    public static IReadOnlyList<string> Violations(JsonNode card) => Evaluate(Schema.Value, card);

    public static string Describe(IReadOnlyList<string> violations) =>
        violations.Count == 0 ? "valid" : string.Join(Environment.NewLine, violations.Take(40));

    private static IReadOnlyList<string> Evaluate(JsonSchema schema, JsonNode card)
    {
        using var document = JsonDocument.Parse(card.ToJsonString());
        var results = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid) return [];
        var violations = (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key}: {e.Value}"))
            .ToList();
        // An invalid result always names at least one cause; if not, say so rather than report "valid".
        return violations.Count > 0 ? violations : ["(invalid, but the validator gave no details)"];
    }

    private static JsonSchema Load()
    {
        var schema = JsonSchema.FromText(File.ReadAllText(Locate()), new BuildOptions { Dialect = Dialect.Draft06 });

        var canaryGood = JsonNode.Parse("""{ "type": "AdaptiveCard", "version": "1.5", "body": [{ "type": "TextBlock", "text": "ok" }] }""")!;
        var canaryBad = JsonNode.Parse("""{ "type": "AdaptiveCard", "version": "1.5", "body": [{ "type": "TextBlock" }] }""")!;
        if (Evaluate(schema, canaryGood).Count != 0 || Evaluate(schema, canaryBad).Count == 0)
        {
            throw new InvalidOperationException("The Adaptive Card schema is not being enforced: the canary cards were misjudged.");
        }
        return schema;
    }
}
