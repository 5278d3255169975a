using System.Globalization;
using ChatAssistant.Knowledge.Model;
using YamlDotNet.RepresentationModel;

namespace ChatAssistant.Knowledge.Loading;

/// <summary>
/// A position in a parsed content file. Reading through it records every problem with its file, line and path,
/// and keeps going, so that an editor sees all errors at once.
/// </summary>
internal sealed class YamlNode(YamlNode.Context context, YamlDotNet.RepresentationModel.YamlNode? node, string path, int line)
{
    internal sealed class Context(string file)
    {
        public string File { get; } = file;
        public List<ContentError> Errors { get; } = [];
    }

    public string Path => path;
    public int Line => line;
    public bool IsMissing => node is null || node is YamlScalarNode { Value: null or "" or "~" or "null" };

    public void Error(string message) => context.Errors.Add(new ContentError(context.File, line, path, message));

    /// <summary>Reports keys that the format does not know, which are usually typos that would silently drop a fact.</summary>
    public void AllowOnly(params string[] keys)
    {
        if (node is not YamlMappingNode map) return;
        foreach (var key in map.Children.Keys.OfType<YamlScalarNode>())
        {
            if (!keys.Contains(key.Value))
            {
                context.Errors.Add(new ContentError(context.File, (int)key.Start.Line, Join(key.Value ?? ""), $"unknown field '{key.Value}' (expected one of: {string.Join(", ", keys)})"));
            }
        }
    }

    public YamlNode this[string key]
    {
        get
        {
            if (node is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode(key), out var child))
            {
                return new YamlNode(context, child, Join(key), (int)child.Start.Line);
            }
            if (node is not null and not YamlMappingNode) Error("expected a mapping of fields");
            return new YamlNode(context, null, Join(key), line);
        }
    }

    public string RequiredString()
    {
        if (node is YamlScalarNode scalar && !IsMissing) return scalar.Value!.Trim();
        Error(node is null or YamlScalarNode ? "required field is missing or empty" : "expected a single value");
        return "";
    }

    public string? OptionalString() => IsMissing ? null : RequiredString();

    public int RequiredInt()
    {
        var raw = RequiredString();
        if (int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)) return value;
        if (raw.Length > 0) Error($"expected a whole number, found '{raw}'");
        return 0;
    }

    public bool OptionalBool()
    {
        var raw = OptionalString();
        if (raw is null) return false;
        if (bool.TryParse(raw, out var value)) return value;
        Error($"expected true or false, found '{raw}'");
        return false;
    }

    /// <summary>A required <c>{ lv, en }</c> pair. Both languages must be present and non-empty.</summary>
    public Text RequiredText()
    {
        if (node is null)
        {
            Error("required text is missing (expected lv and en)");
            return new Text("", "");
        }
        if (node is YamlMappingNode map && map.Children.Count > 2)
        {
            // The usual cause: {lv: a, b, en: c} — an unquoted comma inside a one-line text splits it into "fields".
            Error("text has more than the lv and en fields; if the text contains a comma, put it in quotes: lv: \"a, b\"");
            return new Text("", "");
        }
        AllowOnly("lv", "en");
        return new Text(this["lv"].RequiredLanguage("Latvian"), this["en"].RequiredLanguage("English"));
    }

    public Text? OptionalText() => IsMissing ? null : RequiredText();

    private string RequiredLanguage(string language)
    {
        if (node is YamlScalarNode scalar && !IsMissing) return scalar.Value!.Trim();
        Error($"the {language} text is missing");
        return "";
    }

    public IReadOnlyList<T> List<T>(Func<YamlNode, T> read, bool required = true)
    {
        if (node is YamlSequenceNode sequence)
        {
            if (required && sequence.Children.Count == 0) Error("the list is empty");
            return sequence.Children.Select((child, i) => read(new YamlNode(context, child, $"{path}[{i}]", (int)child.Start.Line))).ToList();
        }
        if (node is null || IsMissing)
        {
            if (required) Error("required list is missing");
            return [];
        }
        Error("expected a list");
        return [];
    }

    public YamlNode ItemAt(int index) =>
        node is YamlSequenceNode sequence && index < sequence.Children.Count
            ? new YamlNode(context, sequence.Children[index], $"{path}[{index}]", (int)sequence.Children[index].Start.Line)
            : new YamlNode(context, null, $"{path}[{index}]", line);

    public IReadOnlyList<string> StringList(bool required = true) => List(n => n.RequiredString(), required);

    public Aliases Aliases()
    {
        if (IsMissing) return Model.Aliases.None;
        AllowOnly("lv", "en");
        return new Aliases(this["lv"].StringList(required: false), this["en"].StringList(required: false));
    }

    private string Join(string key) => path.Length == 0 ? key : $"{path}.{key}";
}

internal static class YamlNodeChecks
{
    /// <summary>Reads an ID that must name something defined elsewhere (a role, a task, a phase ...).</summary>
    public static string Reference(this YamlNode node, IReadOnlyCollection<string> known, string what)
    {
        var id = node.RequiredString();
        if (id.Length > 0 && !known.Contains(id))
        {
            node.Error($"unknown {what} '{id}' (known: {string.Join(", ", known)})");
        }
        return id;
    }

    /// <summary>Reports every ID that occurs twice in one list, at the line of its second occurrence.</summary>
    public static void RequireUniqueIds<T>(this YamlNode list, IReadOnlyList<T> items, Func<T, string> id, string field = "id")
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < items.Count; i++)
        {
            var value = id(items[i]);
            if (value.Length > 0 && !seen.Add(value))
            {
                var entry = list.ItemAt(i)[field];
                entry.Error($"duplicate id '{value}'");
            }
        }
    }
}
