using System.Text.Json.Nodes;
using ChatAssistant.Bot.Turn;
using Newtonsoft.Json.Linq;

namespace ChatAssistant.Bot.Tests.Turn;

/// <summary>The card text sent on the wire is the card, unchanged, with Latvian letters written as letters.</summary>
public class WireJsonTests
{
    [Fact]
    public void TheWireTextParsesToTheSameCardAndKeepsLatvianLetters()
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["version"] = "1.5",
            ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = "Pakalpojumu pārvaldības \"speciālie\" akti <b>\n", ["wrap"] = true, ["size"] = 1.5 }),
        };

        var wire = Replies.WireJson(card);

        Assert.True(JToken.DeepEquals(JObject.Parse(card.ToJsonString()), JObject.Parse(wire)));
        Assert.Contains("pārvaldības", wire, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", wire, StringComparison.Ordinal);
    }
}
