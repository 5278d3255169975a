using System.Text.Json.Nodes;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace ChatAssistant.Bot.Tests.TestSupport;

/// <summary>Activities as the tests send them, and replies as the tests read them.</summary>
internal static class TestActivities
{
    /// <summary>A Teams message to POST to /api/messages, answered in the response (expectReplies).</summary>
    internal static JsonObject Message(string text, string locale = "lv-LV", string conversationType = "personal") => new()
    {
        ["type"] = "message",
        ["id"] = Guid.NewGuid().ToString(),
        ["channelId"] = "msteams",
        ["serviceUrl"] = "http://127.0.0.1:1/",
        ["deliveryMode"] = "expectReplies",
        ["text"] = text,
        ["locale"] = locale,
        ["from"] = new JsonObject { ["id"] = "user-1", ["name"] = "Ilze" },
        ["recipient"] = new JsonObject { ["id"] = "bot-1", ["name"] = "ChatAssistant" },
        ["conversation"] = new JsonObject { ["id"] = "conv-" + Guid.NewGuid().ToString("N"), ["conversationType"] = conversationType },
    };

    /// <summary>
    /// The payload of the answer card's "helpful" or "not helpful" button, found anywhere in <paramref name="json"/>
    /// (a reply, or a whole expectReplies response), as Teams would send it back.
    /// </summary>
    internal static JsonObject FeedbackPayload(JsonNode json, bool helpful) =>
        (JsonObject)Descendants(json).First(n => n is JsonObject o && (string?)o["action"] == "feedback" && o["helpful"] is JsonValue v && v.GetValue<bool>() == helpful)!.DeepClone();

    /// <summary>The feedback button's payload in the answer card of <paramref name="reply"/>.</summary>
    internal static JsonObject FeedbackPayload(IActivity reply, bool helpful) =>
        FeedbackPayload(JsonNode.Parse(JsonConvert.SerializeObject(reply.AsMessageActivity().Attachments.Select(a => a.Content)))!, helpful);

    private static IEnumerable<JsonNode> Descendants(JsonNode? node)
    {
        if (node is null) yield break;
        yield return node;
        var children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children)
        {
            foreach (var d in Descendants(child)) yield return d;
        }
    }

    /// <summary>A reply's text and the JSON of its cards, in one string to search.</summary>
    internal static string Content(IActivity reply)
    {
        var message = reply.AsMessageActivity();
        var cards = message.Attachments?.Select(a => JsonConvert.SerializeObject(a.Content)) ?? [];
        return string.Join("\n", cards.Prepend(message.Text ?? ""));
    }
}
