using System.Net.Http.Json;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatAssistant.Bot.Tests.Hosting;

namespace ChatAssistant.Bot.Tests.State;

/// <summary>
/// Two bot instances on one Azure Storage (Azurite), as behind a load balancer: one conversation whose turns
/// alternate between them, over HTTP, through the real Bot Framework adapter.
/// </summary>
public sealed class TwoInstanceConversationTests : IDisposable
{
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly string conversation = "conv-" + Guid.NewGuid().ToString("N");
    private readonly ScaleOutBotFactory a;
    private readonly ScaleOutBotFactory b;

    public TwoInstanceConversationTests()
    {
        var shared = ScaleOutBotFactory.SharedStorage.Unique();
        a = new ScaleOutBotFactory(shared);
        b = new ScaleOutBotFactory(shared);
    }

    [Fact]
    public async Task OneConversationCarriesOnAcrossInstances()
    {
        using var clientA = a.CreateClient();
        using var clientB = b.CreateClient();

        Assert.Contains("Pakalpojuma vadītājs izstrādā", await SayAsync(clientA, "kas izstrada normativos aktus konkretam pakalpojumam"));

        // The role question is asked on B and answered on A: the dialog's place is in the shared conversation state.
        Assert.Contains("Kurai lomai", await SayAsync(clientB, "kontrolsaraksts"));
        var checklist = JsonNode.Parse(await SayAsync(clientA, "resursa vadītājs"))!;
        Assert.Contains("Kontrolsaraksts: Resursa vadītājs", checklist.ToJsonString(Readable));

        // Ticked on B, from the card A drew.
        var save = Find(checklist, n => (string?)n["verb"] == "checklist.save")!["data"]!.DeepClone().AsObject();
        var item = (string)Find(checklist, n => (string?)n["type"] == "Input.Toggle" && ((string?)n["id"])?.StartsWith("item.", StringComparison.Ordinal) == true)!["id"]!;
        save[item] = "true";
        Assert.Contains("Izpildīti 1 no", await ExecuteAsync(clientB, save));

        // Seen on A.
        Assert.Contains("Izpildīti 1 no", await SayAsync(clientA, "mani kontrolsaraksti"));

        // Escalation across instances (a ticket filed on one, its status asked on the other) is added with the
        // escalation flow: EscalationAcrossInstances belongs here.
    }

    public void Dispose()
    {
        a.Dispose();
        b.Dispose();
    }

    private async Task<string> SayAsync(HttpClient client, string text)
    {
        var activity = MessagesEndpointTests.Message(text);
        activity["conversation"]!["id"] = conversation;
        var response = await client.PostAsJsonAsync("/api/messages", activity);
        response.EnsureSuccessStatusCode();
        var replies = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["activities"]!.AsArray();
        return new JsonArray([.. replies.Select(r => r!.DeepClone())]).ToJsonString(Readable);
    }

    private async Task<string> ExecuteAsync(HttpClient client, JsonObject data)
    {
        var activity = MessagesEndpointTests.Message("");
        activity.Remove("text");
        activity.Remove("deliveryMode");
        activity["conversation"]!["id"] = conversation;
        activity["type"] = "invoke";
        activity["name"] = "adaptiveCard/action";
        activity["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = (string?)data["action"], ["data"] = data } };
        var response = await client.PostAsJsonAsync("/api/messages", activity);
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.ToJsonString(Readable);
    }

    /// <summary>The first object, depth first, that <paramref name="match"/> accepts.</summary>
    private static JsonObject? Find(JsonNode? node, Func<JsonObject, bool> match) => node switch
    {
        JsonObject o when match(o) => o,
        JsonObject o => o.Select(p => Find(p.Value, match)).FirstOrDefault(f => f is not null),
        JsonArray a => a.Select(e => Find(e, match)).FirstOrDefault(f => f is not null),
        _ => null,
    };
}
