using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatAssistant.Knowledge.Model;

namespace ChatAssistant.Cards;

/// <summary>
/// Teams refuses a message over about 28 KB, and the person then gets an apology instead of their list. Cards that
/// list things (tickets, checklists, pending deliveries) take items while the card stays within <see cref="CardBytes"/>,
/// which leaves room for the activity around the card, and say how many they left out.
/// </summary>
public static class CardBudget
{
    /// <summary>What Teams accepts for a whole message.</summary>
    public const int MaxBytes = 28 * 1024;

    /// <summary>What a card may take, leaving the rest of <see cref="MaxBytes"/> for the activity around it.</summary>
    public const int CardBytes = 24 * 1024;

    /// <summary>Room kept for the "shown N of M" line.</summary>
    private const int NoticeBytes = 512;

    private static readonly JsonSerializerOptions Wire = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The card's size as UTF-8 JSON, as it goes to the channel.</summary>
    public static int Size(JsonNode node) => Encoding.UTF8.GetByteCount(node.ToJsonString(Wire));

    /// <summary>
    /// Adds each item's elements to <paramref name="body"/> while a card of <paramref name="body"/> and
    /// <paramref name="actions"/> stays within the budget; returns how many items fit.
    /// </summary>
    public static int Fill(List<JsonNode> body, IReadOnlyList<JsonNode> actions, IEnumerable<IReadOnlyList<JsonNode>> items, int budget = CardBytes)
    {
        var used = Size(AdaptiveCard.Card([], [])) + body.Sum(n => Size(n) + 1) + actions.Sum(n => Size(n) + 1) + 32 + NoticeBytes;
        var added = 0;
        foreach (var item in items)
        {
            var size = item.Sum(n => Size(n) + 1);
            if (used + size > budget) break;
            body.AddRange(item);
            used += size;
            added++;
        }
        return added;
    }

    /// <summary>
    /// A card of one thing (a ticket) that is still over the budget, which takes long text in characters that cost
    /// three bytes each: the longest typed texts (TextRuns) are cut, with an ellipsis, until it fits. The whole text
    /// stays in the store and the exports.
    /// </summary>
    public static JsonObject Fit(JsonObject card, int budget = CardBytes)
    {
        for (var size = Size(card); size > budget; size = Size(card))
        {
            var longest = Runs(card).MaxBy(r => ((string?)r["text"])?.Length ?? 0);
            var text = (string?)longest?["text"] ?? "";
            if (text.Length <= 64) break; // nothing long left to cut; the card is what it is
            var cut = Math.Max(64, text.Length - Math.Max((size - budget) / 2, 16));
            longest!["text"] = Preview(text, cut - 1);
        }
        return card;
    }

    private static IEnumerable<JsonObject> Runs(JsonNode? node) => node switch
    {
        JsonObject { } o when (string?)o["type"] == "TextRun" => [o],
        JsonObject o => o.SelectMany(p => Runs(p.Value)),
        JsonArray a => a.SelectMany(Runs),
        _ => [],
    };

    /// <summary>"Shown 12 of 40." and what to do about the rest, when something was left out.</summary>
    public static void SayWhatWasLeftOut(List<JsonNode> body, int shown, int total, Text rest, Language language)
    {
        if (shown >= total) return;
        var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, Strings.TurnText.ListShown.In(language), shown, total) + " " + rest.In(language);
        body.Add(AdaptiveCard.TextBlock(text, isSubtle: true, separator: true));
    }

    /// <summary>Text longer than <paramref name="max"/> characters, cut at a word with an ellipsis.</summary>
    public static string Preview(string text, int max)
    {
        if (text.Length <= max) return text;
        var cut = text[..max];
        if (char.IsHighSurrogate(cut[^1])) cut = cut[..^1];
        var space = cut.LastIndexOf(' ');
        return (space > max / 2 ? cut[..space] : cut).TrimEnd() + "…";
    }
}
