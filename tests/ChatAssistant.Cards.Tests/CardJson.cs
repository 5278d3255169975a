using System.Text.Json.Nodes;

namespace ChatAssistant.Cards.Tests;

/// <summary>Reads built cards the way Teams lays them out: body first, then the card's own action row.</summary>
public static class CardJson
{
    /// <summary>Every element and action in document order, including those nested in containers and action sets.</summary>
    public static IEnumerable<JsonObject> Elements(JsonObject card) =>
        Walk(card["body"]).Concat(Walk(card["actions"]));

    public static IReadOnlyList<JsonObject> TextBlocks(JsonObject card) =>
        [.. Elements(card).Where(e => Type(e) == "TextBlock")];

    public static IReadOnlyList<string> Texts(JsonObject card) =>
        [.. TextBlocks(card).Select(t => (string)t["text"]!)];

    public static IReadOnlyList<JsonObject> Actions(JsonObject card) =>
        [.. Elements(card).Where(e => Type(e)?.StartsWith("Action.", StringComparison.Ordinal) == true)];

    public static IReadOnlyList<JsonObject> ActionsNamed(JsonObject card, string action) =>
        [.. Actions(card).Where(a => ActionName(a) == action)];

    public static string? ActionName(JsonObject action) => (string?)action["data"]?["action"];

    public static string? Type(JsonObject element) => (string?)element["type"];

    private static IEnumerable<JsonObject> Walk(JsonNode? node)
    {
        switch (node)
        {
            case JsonArray array:
                foreach (var child in array.SelectMany(Walk)) yield return child;
                break;
            case JsonObject element when element["type"] is not null:
                yield return element;
                foreach (var nested in new[] { "items", "actions", "columns" }.SelectMany(p => Walk(element[p])))
                {
                    yield return nested;
                }
                break;
        }
    }
}
