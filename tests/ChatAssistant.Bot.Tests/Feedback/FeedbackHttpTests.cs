using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ChatAssistant.Bot.Tests.Hosting;

namespace ChatAssistant.Bot.Tests.Feedback;

/// <summary>A vote pressed under an answer, then read by an editor from /admin/feedback/export through the whole host.</summary>
public sealed class FeedbackHttpTests
{
    private const string AdminKey = "test-admin-key-0123456789";
    private const string Question = "=kas izstrādā normatīvos aktus, \"konkrētam\" pakalpojumam?";

    [Fact]
    public async Task AVoteReachesTheEditorsExportWithoutThePerson()
    {
        await using var factory = BotApplicationFactory.With(new Dictionary<string, string?> { ["Escalation:AdminApiKey"] = AdminKey });
        using var client = factory.CreateClient();
        var ask = TestActivities.Message(Question);
        ask["from"] = new JsonObject { ["id"] = "29:voter-id", ["name"] = "Ilze Voter" };
        Assert.Contains("PU2-6:duty:service-owner.develop", await (await client.PostAsJsonAsync("/api/messages", ask)).Content.ReadAsStringAsync());
        foreach (var helpful in new[] { true, false }) // the person changes their mind: one vote, the last one
        {
            var press = TestActivities.Message("");
            press["conversation"] = ask["conversation"]!.DeepClone();
            press["value"] = new JsonObject { ["action"] = "feedback", ["v"] = 1, ["helpful"] = helpful, ["question"] = Question, ["unit"] = "PU2-6:duty:service-owner.develop", ["lang"] = "lv" };
            press["from"] = new JsonObject { ["id"] = "29:voter-id", ["name"] = "Ilze Voter" };
            var response = await client.PostAsJsonAsync("/api/messages", press);
            Assert.Contains("Paldies", await response.Content.ReadAsStringAsync());
        }

        var csv = await GetAsync(client, "/admin/feedback/export?format=csv", AdminKey);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("at,helpful,language,unit,question", lines[0]);
        var row = Assert.Single(lines.Skip(1));
        Assert.Contains(",no,lv,PU2-6:duty:service-owner.develop,", row);
        Assert.EndsWith(",\"'=kas izstrādā normatīvos aktus, \"\"konkrētam\"\" pakalpojumam?\"", row); // quoted, and not a formula
        Assert.DoesNotContain("voter", row, StringComparison.OrdinalIgnoreCase);

        var json = JsonNode.Parse(await (await GetAsync(client, "/admin/feedback/export?format=json", AdminKey)).Content.ReadAsStringAsync())!.AsArray();
        Assert.Equal(Question, (string?)Assert.Single(json)!["question"]);
        Assert.False((bool)json[0]!["helpful"]!);
        Assert.DoesNotContain("voter", json.ToJsonString(), StringComparison.OrdinalIgnoreCase);

        Assert.Equal(HttpStatusCode.BadRequest, (await GetAsync(client, "/admin/feedback/export?format=xlsx", AdminKey)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync(client, "/admin/feedback/export", "wrong-key")).StatusCode);
    }

    [Fact]
    public async Task WithoutAnAdminKeyTheExportDoesNotExist()
    {
        await using var factory = new BotApplicationFactory();
        using var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(client, "/admin/feedback/export", "")).StatusCode);
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string path, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return await client.SendAsync(request);
    }
}
