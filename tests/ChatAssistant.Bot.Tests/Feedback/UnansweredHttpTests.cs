using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ChatAssistant.Bot.Tests.Hosting;

namespace ChatAssistant.Bot.Tests.Feedback;

/// <summary>
/// Declined questions and "not helpful" votes, sent through the whole host, reach the editors' report at
/// /admin/unanswered/export grouped and counted, with the nearest unit and no person; small talk never does.
/// </summary>
public sealed class UnansweredHttpTests
{
    private const string AdminKey = "test-admin-key-0123456789";

    [Fact]
    public async Task DeclinedAndNotHelpfulQuestionsReachTheReportWithoutThePerson()
    {
        await using var factory = BotApplicationFactory.With(new Dictionary<string, string?> { ["Escalation:AdminApiKey"] = AdminKey });
        using var client = factory.CreateClient();
        foreach (var text in new[] { "Kas apstiprina šos aktus?", "kas apstiprina šos aktus", "Sveiki!", "paldies" })
        {
            var message = TestActivities.Message(text);
            message["from"] = new JsonObject { ["id"] = "29:asker-id", ["name"] = "Jānis Asker" };
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/messages", message)).StatusCode);
        }
        var ask = TestActivities.Message("kas ir PPP?");
        ask["from"] = new JsonObject { ["id"] = "29:asker-id", ["name"] = "Jānis Asker" };
        var answer = JsonNode.Parse(await (await client.PostAsJsonAsync("/api/messages", ask)).Content.ReadAsStringAsync())!;
        var vote = TestActivities.Message("");
        vote["conversation"] = ask["conversation"]!.DeepClone();
        vote["value"] = TestActivities.FeedbackPayload(answer, helpful: false);
        vote["from"] = new JsonObject { ["id"] = "29:asker-id", ["name"] = "Jānis Asker" };
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/messages", vote)).StatusCode);

        var json = JsonNode.Parse(await (await GetAsync(client, "/admin/unanswered/export?format=json")).Content.ReadAsStringAsync())!.AsArray();
        Assert.Equal(2, json.Count);
        var declined = json.Single(g => (string?)g!["reason"] == "declined")!;
        Assert.Equal(2, (int)declined["count"]!);
        Assert.Equal("kas apstiprina sos aktus", (string?)declined["normalised"]);
        var notHelpful = json.Single(g => (string?)g!["reason"] == "not-helpful")!;
        Assert.Equal("PU2-6:section:additional-info", (string?)notHelpful["nearestUnit"]);
        Assert.DoesNotContain("asker", json.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("sveiki", json.ToJsonString(), StringComparison.OrdinalIgnoreCase);

        var csv = await (await GetAsync(client, "/admin/unanswered/export?format=csv")).Content.ReadAsStringAsync();
        Assert.StartsWith("count,reason,first_at,last_at,language,nearest_unit,nearest_score,question,normalised", csv.TrimStart('\uFEFF'));
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync(client, "/admin/unanswered/export", "wrong-key")).StatusCode);
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string path, string key = AdminKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return await client.SendAsync(request);
    }
}
