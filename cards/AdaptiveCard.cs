using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatAssistant.Cards;

/// <summary>
/// The few Adaptive Card 1.5 elements the assistant uses, as plain JSON. Teams renders up to 1.5, so nothing newer
/// is emitted; defaults are left out to keep the payload small.
/// </summary>
public static class AdaptiveCard
{
    public const string SchemaUrl = "http://adaptivecards.io/schemas/adaptive-card.json";
    public const string SchemaVersion = "1.5";

    public static JsonObject Card(params JsonNode[] body) => Card(body, []);

    public static JsonObject Card(IEnumerable<JsonNode> body, IEnumerable<JsonNode> actions) => new()
    {
        ["type"] = "AdaptiveCard",
        ["$schema"] = SchemaUrl,
        ["version"] = SchemaVersion,
        ["body"] = new JsonArray([.. body]),
        ["actions"] = new JsonArray([.. actions]),
    };

    /// <summary>Without this Teams draws cards narrow, and long Latvian answers become a tall column of words.</summary>
    public static JsonObject FullWidth(this JsonObject card)
    {
        card["msteams"] = new JsonObject { ["width"] = "Full" };
        return card;
    }

    public static JsonObject TextBlock(
        string text,
        TextWeight weight = TextWeight.Default,
        TextSize size = TextSize.Default,
        TextColor color = TextColor.Default,
        bool isSubtle = false,
        bool wrap = true,
        Spacing spacing = Spacing.Default,
        bool separator = false)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text };
        if (weight != TextWeight.Default) block["weight"] = Name(weight);
        if (size != TextSize.Default) block["size"] = Name(size);
        if (color != TextColor.Default) block["color"] = Name(color);
        if (isSubtle) block["isSubtle"] = true;
        if (wrap) block["wrap"] = true;
        return WithLayout(block, spacing, separator);
    }

    public static JsonObject Container(params JsonNode[] items) =>
        new() { ["type"] = "Container", ["items"] = new JsonArray(items) };

    public static JsonObject FactSet(params (string Title, string Value)[] facts) => new()
    {
        ["type"] = "FactSet",
        ["facts"] = new JsonArray([.. facts.Select(f => new JsonObject { ["title"] = f.Title, ["value"] = f.Value })]),
    };

    /// <summary>Buttons inside the body, for when they belong next to the text that introduces them.</summary>
    public static JsonObject ActionSet(IEnumerable<JsonNode> actions, Spacing spacing = Spacing.Default) =>
        WithLayout(new JsonObject { ["type"] = "ActionSet", ["actions"] = new JsonArray([.. actions]) }, spacing, separator: false);

    public static JsonObject Submit(string title, JsonObject data, ActionStyle style = ActionStyle.Default)
    {
        var action = new JsonObject { ["type"] = "Action.Submit", ["title"] = title, ["data"] = data };
        if (style != ActionStyle.Default) action["style"] = Name(style);
        return action;
    }

    /// <summary>
    /// A Universal Action (Action.Execute): Teams sends it as an invoke and shows the card the bot returns in place of
    /// this one. With <paramref name="fallback"/>, clients without Universal Actions send the same payload as a submit.
    /// An action without a title (a card's refresh action) is never seen.
    /// </summary>
    public static JsonObject Execute(string title, string verb, JsonObject data, ActionStyle style = ActionStyle.Default, bool fallback = true)
    {
        var action = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb };
        if (title.Length > 0) action["title"] = title;
        action["data"] = data;
        if (style != ActionStyle.Default) action["style"] = Name(style);
        if (fallback) action["fallback"] = Submit(title, data.DeepClone().AsObject());
        return action;
    }

    private static JsonObject WithLayout(JsonObject element, Spacing spacing, bool separator)
    {
        if (spacing != Spacing.Default) element["spacing"] = Name(spacing);
        if (separator) element["separator"] = true;
        return element;
    }

    private static string Name<T>(T value) where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
