using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ChatAssistant.TeamsPackager;

/// <summary>
/// A localization file names manifest strings by path ("bots[0].commandLists[0].commands[2].title"). Teams rejects a
/// path that does not exist in the manifest, and a command left out shows English to Latvian users, so both are found.
/// </summary>
public static partial class LocalizationCheck
{
    public static IReadOnlyList<string> Problems(JsonObject manifest, JsonObject localization, string fileName)
    {
        var problems = new List<string>();
        foreach (var (key, value) in localization)
        {
            if (key == "$schema") continue;
            if (value?.GetValueKind() != System.Text.Json.JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetValue<string>()))
                problems.Add($"{fileName}: '{key}' is not a non-empty string");
            if (Resolve(manifest, key) is not JsonValue) problems.Add($"{fileName}: '{key}' names no string in manifest.json");
        }
        foreach (var path in TranslatedStringPaths(manifest))
        {
            if (!localization.ContainsKey(path)) problems.Add($"{fileName}: no translation of '{path}'");
        }
        return problems;
    }

    /// <summary>The manifest node at a localization path such as "name.short" or "bots[0].commandLists[0].commands[1].title".</summary>
    public static JsonNode? Resolve(JsonNode root, string path)
    {
        JsonNode? node = root;
        foreach (var part in path.Split('.'))
        {
            var match = Segment().Match(part);
            if (!match.Success) return null;
            node = node is JsonObject obj ? obj[match.Groups["name"].Value] : null;
            if (match.Groups["index"].Success)
            {
                var index = int.Parse(match.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture);
                node = node is JsonArray array && index < array.Count ? array[index] : null;
            }
            if (node is null) return null;
        }
        return node;
    }

    /// <summary>Every string a user reads in a menu or a tab strip: the bot's commands, the tabs' names, the search command and its parameters.</summary>
    private static IEnumerable<string> TranslatedStringPaths(JsonObject manifest)
    {
        var bots = manifest["bots"] as JsonArray ?? [];
        for (var b = 0; b < bots.Count; b++)
        {
            var lists = bots[b]?["commandLists"] as JsonArray ?? [];
            for (var l = 0; l < lists.Count; l++)
            {
                foreach (var path in Present(lists[l]?["commands"], $"bots[{b}].commandLists[{l}].commands", "title", "description")) yield return path;
            }
        }
        foreach (var path in Present(manifest["staticTabs"], "staticTabs", "name")) yield return path;
        var extensions = manifest["composeExtensions"] as JsonArray ?? [];
        for (var e = 0; e < extensions.Count; e++)
        {
            var commands = extensions[e]?["commands"] as JsonArray ?? [];
            foreach (var path in Present(commands, $"composeExtensions[{e}].commands", "title", "description")) yield return path;
            for (var c = 0; c < commands.Count; c++)
            {
                foreach (var path in Present(commands[c]?["parameters"], $"composeExtensions[{e}].commands[{c}].parameters", "title", "description")) yield return path;
            }
        }
    }

    /// <summary>"prefix[i].field" for each item of <paramref name="items"/> that has the field.</summary>
    private static IEnumerable<string> Present(JsonNode? items, string prefix, params string[] fields)
    {
        var array = items as JsonArray ?? [];
        for (var i = 0; i < array.Count; i++)
        {
            foreach (var field in fields)
            {
                if (array[i]?[field] is not null) yield return $"{prefix}[{i}].{field}";
            }
        }
    }

    [GeneratedRegex(@"^(?<name>[A-Za-z0-9_]+)(\[(?<index>\d+)\])?$")]
    private static partial Regex Segment();
}
