using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace ChatAssistant.Deployment.Tests.Azure.Evaluation;

/// <summary>
/// Evaluates the template's expressions for one set of parameter values, as Resource Manager would, for the functions
/// this template uses. What only Azure knows (reference() to a deployed resource, uniqueString's hash, the tenant) comes
/// from <see cref="AzureWorld"/>: fixed, made-up values, the same on every deployment, as they are in one resource group.
/// </summary>
public sealed class ArmEvaluator
{
    private readonly JsonObject template;
    private readonly IReadOnlyDictionary<string, JsonNode?> parameterValues;
    private readonly Dictionary<string, JsonNode?> variableCache = new(StringComparer.OrdinalIgnoreCase);

    public ArmEvaluator(JsonObject template, IReadOnlyDictionary<string, JsonNode?> parameters)
    {
        this.template = template;
        parameterValues = parameters;
        var declared = ((JsonObject)template["parameters"]!).Select(p => p.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var unknown = parameters.Keys.Where(k => !declared.Contains(k)).ToList();
        if (unknown.Count > 0) throw new ArgumentException($"the template declares no parameter {string.Join(", ", unknown)}");
    }

    /// <summary>A template value with every expression in it evaluated (strings that are no expression stay as they are).</summary>
    public JsonNode? Evaluate(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key, Evaluate(p.Value)))),
        JsonArray array => new JsonArray(array.Select(Evaluate).ToArray()),
        JsonValue value when value.GetValueKind() == System.Text.Json.JsonValueKind.String && ArmSyntax.IsExpression(value.GetValue<string>()) =>
            Evaluate(ArmSyntax.Parse(value.GetValue<string>()[1..^1]), new Dictionary<string, JsonNode?>()),
        JsonValue value when value.GetValueKind() == System.Text.Json.JsonValueKind.String && value.GetValue<string>().StartsWith("[[", StringComparison.Ordinal) =>
            JsonValue.Create(value.GetValue<string>()[1..]),
        _ => node?.DeepClone(),
    };

    public JsonNode? Parameter(string name)
    {
        var declaration = template["parameters"]![name] ?? throw new KeyNotFoundException($"parameter {name} is not declared");
        if (parameterValues.TryGetValue(name, out var given)) return given?.DeepClone();
        if (declaration["defaultValue"] is { } fallback) return Evaluate(fallback);
        throw new InvalidOperationException($"parameter {name} has no value and no default");
    }

    public JsonNode? Variable(string name)
    {
        if (variableCache.TryGetValue(name, out var cached)) return cached?.DeepClone();
        var declaration = template["variables"]![name] ?? throw new KeyNotFoundException($"variable {name} is not declared");
        var value = Evaluate(declaration);
        variableCache[name] = value;
        return value?.DeepClone();
    }

    private JsonNode? Evaluate(ArmSyntax syntax, IReadOnlyDictionary<string, JsonNode?> lambdaScope) => syntax switch
    {
        ArmSyntax.Text text => JsonValue.Create(text.Value),
        ArmSyntax.Number number => JsonValue.Create(number.Value),
        ArmSyntax.Property property => Member(Evaluate(property.Target, lambdaScope), property.Name),
        ArmSyntax.Index index => Element(Evaluate(index.Target, lambdaScope), Evaluate(index.Key, lambdaScope)),
        ArmSyntax.Call call => Call(call, lambdaScope),
        _ => throw new NotSupportedException(syntax.ToString()),
    };

    private JsonNode? Call(ArmSyntax.Call call, IReadOnlyDictionary<string, JsonNode?> scope)
    {
        JsonNode? Arg(int i) => Evaluate(call.Arguments[i], scope);
        IEnumerable<JsonNode?> Args() => call.Arguments.Select(a => Evaluate(a, scope));
        switch (call.Name.ToLowerInvariant())
        {
            case "parameters": return Parameter(Text(Arg(0)));
            case "variables": return Variable(Text(Arg(0)));
            case "if": return Truth(Arg(0)) ? Arg(1) : Arg(2);
            case "lambdavariables": return scope[Text(Arg(0))]?.DeepClone();
            case "map": return new JsonArray(Items(Arg(0)).Select(item => Apply(call.Arguments[1], scope, item)).ToArray());
            case "toobject":
                var result = new JsonObject();
                foreach (var item in Items(Arg(0))) result[Text(Apply(call.Arguments[1], scope, item))] = Apply(call.Arguments[2], scope, item);
                return result;
        }
        return ArmFunctions.Call(call.Name, Args().ToList());
    }

    /// <summary>Applies a lambda('x', body) argument to one item.</summary>
    private JsonNode? Apply(ArmSyntax lambda, IReadOnlyDictionary<string, JsonNode?> scope, JsonNode? item)
    {
        if (lambda is not ArmSyntax.Call { Name: var name, Arguments: [ArmSyntax.Text variable, var body] } || !name.Equals("lambda", StringComparison.OrdinalIgnoreCase))
            throw new NotSupportedException($"expected lambda('x', body), got {lambda}");
        var inner = new Dictionary<string, JsonNode?>(scope) { [variable.Value] = item };
        return Evaluate(body, inner);
    }

    private static IEnumerable<JsonNode?> Items(JsonNode? node) => node as JsonArray ?? throw new InvalidOperationException("expected an array");

    private static JsonNode? Member(JsonNode? target, string name) =>
        target is JsonObject obj
            ? obj.FirstOrDefault(p => p.Key.Equals(name, StringComparison.OrdinalIgnoreCase)) is { Key: not null } found
                ? found.Value?.DeepClone()
                : throw new KeyNotFoundException($"no property {name} in {obj.ToJsonString()}")
            : throw new InvalidOperationException($"property {name} of a non-object");

    private static JsonNode? Element(JsonNode? target, JsonNode? key) => target switch
    {
        JsonArray array => array[(int)key!.GetValue<long>()]?.DeepClone(),
        JsonObject => Member(target, Text(key)),
        _ => throw new InvalidOperationException("index into a value that is neither array nor object"),
    };

    internal static string Text(JsonNode? node) => node?.GetValue<string>() ?? throw new InvalidOperationException("expected a string, got null");

    internal static bool Truth(JsonNode? node) => node?.GetValue<bool>() ?? throw new InvalidOperationException("expected a bool, got null");
}
