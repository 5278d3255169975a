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
    }

    [Fact]
    public async Task AnEscalationFiledOnOneInstanceIsWorkedAndAnsweredThroughTheOther()
    {
        await using var connector = await FakeConnector.StartAsync();
        var shared = ScaleOutBotFactory.SharedStorage.Unique();
        var settings = new Dictionary<string, string?>
        {
            ["Escalation:ConsultationChannelId"] = "19:consult@thread.tacv2",
            ["Escalation:ConsultationServiceUrl"] = connector.Url,
            ["Escalation:OutboxInterval"] = "00:00:00.200",
        };
        using var first = new ScaleOutBotFactory(shared, settings);
        using var second = new ScaleOutBotFactory(shared, settings);
        using var clientA = first.CreateClient();
        using var clientB = second.CreateClient();

        var form = new JsonObject
        {
            ["action"] = "escalate.submit", ["v"] = 1, ["sid"] = "two-instances", ["origin"] = "command", ["lang"] = "lv",
            ["question"] = "Kas saskaņo speciālo normatīvo aktu projektus?", ["institution"] = "VID", ["role"] = "service-owner",
            ["subject"] = "", ["urgency"] = "normal", ["onBehalfOf"] = "", ["contact"] = "ilze@example.lv",
        };
        var receipt = await SendAsync(clientA, Activity("message", conversation, connector.Url, form));
        var id = System.Text.RegularExpressions.Regex.Match(receipt, @"VARAM-\d{4}-\d{4}").Value;
        Assert.NotEmpty(id);
        await connector.WaitForAsync((m, c, a) => m == "POST" && c == "19:consult@thread.tacv2" && a.ToJsonString(Readable).Contains(id), "the ticket card");

        var channel = "19:consult@thread.tacv2;messageid=1";
        Assert.Contains("Statuss: piešķirts", await SendAsync(clientB, Activity("invoke", channel, connector.Url, Click("ticket.claim", id, step: 1), "c-anna")));
        Assert.Contains("Statuss: atbildēts", await SendAsync(clientA, Activity("invoke", channel, connector.Url, Click("ticket.answer", id, step: 2, "Ministrija."), "c-anna")));

        await connector.WaitForAsync((m, c, a) => c == conversation && a.ToJsonString(Readable).Contains("Ministrija."), "the answer in the requester's chat");
        Assert.Contains(id + " · atbildēts", await SendAsync(clientB, Activity("message", conversation, connector.Url, new JsonObject { ["action"] = "ticket.mine", ["v"] = 1 })));
    }

    public void Dispose()
    {
        a.Dispose();
        b.Dispose();
    }

    [Fact]
    public async Task AVotePressedOnOneInstanceIsInTheOthersExport()
    {
        var settings = new Dictionary<string, string?> { ["Escalation:AdminApiKey"] = "scale-out-admin-key" };
        var shared = ScaleOutBotFactory.SharedStorage.Unique();
        using var first = new ScaleOutBotFactory(shared, settings);
        using var second = new ScaleOutBotFactory(shared, settings);
        using var clientA = first.CreateClient();
        using var clientB = second.CreateClient();

        // Asked on one instance, voted on the other: the answers given are in the shared conversation state.
        var ask = TestActivities.Message("kas ir PPP");
        var answer = JsonNode.Parse(await (await clientB.PostAsJsonAsync("/api/messages", ask)).Content.ReadAsStringAsync())!;
        var press = TestActivities.Message("");
        press["conversation"] = ask["conversation"]!.DeepClone();
        press["value"] = TestActivities.FeedbackPayload(answer, helpful: false);
        Assert.Contains("Paldies", await (await clientA.PostAsJsonAsync("/api/messages", press)).Content.ReadAsStringAsync());

        using var export = new HttpRequestMessage(HttpMethod.Get, "/admin/feedback/export?format=json");
        export.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "scale-out-admin-key");
        var votes = JsonNode.Parse(await (await clientB.SendAsync(export)).Content.ReadAsStringAsync())!.AsArray();
        Assert.Equal((string?)press["value"]!["unit"], (string?)Assert.Single(votes)!["unitId"]);
    }

    private async Task<string> SayAsync(HttpClient client, string text)
    {
        var activity = TestActivities.Message(text);
        activity["conversation"]!["id"] = conversation;
        var response = await client.PostAsJsonAsync("/api/messages", activity);
        response.EnsureSuccessStatusCode();
        var replies = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["activities"]!.AsArray();
        return new JsonArray([.. replies.Select(r => r!.DeepClone())]).ToJsonString(Readable);
    }

    private static JsonObject Activity(string type, string conversationId, string serviceUrl, JsonObject value, string from = "user-1")
    {
        var activity = TestActivities.Message("");
        activity.Remove("text");
        if (type != "message") activity.Remove("deliveryMode");
        activity["type"] = type;
        activity["serviceUrl"] = serviceUrl;
        activity["from"] = new JsonObject { ["id"] = from, ["name"] = from };
        activity["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = conversationId.StartsWith("19:", StringComparison.Ordinal) ? "channel" : "personal" };
        if (type == "invoke")
        {
            activity["name"] = "adaptiveCard/action";
            activity["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = (string?)value["action"], ["data"] = value } };
        }
        else
        {
            activity["value"] = value;
        }
        return activity;
    }

    /// <summary>A ticket card's button; <paramref name="step"/> is the workflow step the card showed (1 created, 2 claimed, …).</summary>
    private static JsonObject Click(string verb, string id, int step, string? answer = null)
    {
        var data = new JsonObject { ["action"] = verb, ["v"] = 1, ["id"] = id, ["rev"] = step };
        if (answer is not null) data["answer"] = answer;
        return data;
    }

    private static async Task<string> SendAsync(HttpClient client, JsonObject activity)
    {
        var response = await client.PostAsJsonAsync("/api/messages", activity);
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.ToJsonString(Readable);
    }

    private async Task<string> ExecuteAsync(HttpClient client, JsonObject data)
    {
        var activity = TestActivities.Message("");
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
