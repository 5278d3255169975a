using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using ChatAssistant.Bot.Tests.Hosting;

namespace ChatAssistant.Bot.Tests.RateLimiting;

/// <summary>A user sending faster than the limit gets a friendly reply (HTTP 200), other users are unaffected.</summary>
public class RateLimitTests
{
    private static WebApplicationFactory<Program> Factory(int burst) => new BotApplicationFactory().WithWebHostBuilder(builder =>
    {
        builder.UseSetting("RateLimit:BurstLimit", burst.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("RateLimit:TurnsPerMinute", "1");
    });

    [Theory]
    [InlineData("lv-LV", "kas izstrada normativos aktus konkretam pakalpojumam", "Jūs sūtāt ziņas pārāk ātri")]
    [InlineData("en-US", "who drafts a service-specific act?", "You're sending messages too quickly")]
    public async Task AUserOverTheLimitIsAskedToWaitInTheirLanguage(string locale, string question, string expected)
    {
        using var factory = Factory(burst: 3);
        using var client = factory.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            Assert.DoesNotContain(expected, await ReplyAsync(client, question, locale, "fast-user"));
        }
        var limited = await client.PostAsJsonAsync("/api/messages", With(TestActivities.Message(question, locale), "fast-user"));

        Assert.Equal(HttpStatusCode.OK, limited.StatusCode);
        var reply = JsonNode.Parse(await limited.Content.ReadAsStringAsync())!["activities"]![0]!;
        Assert.StartsWith(expected, (string?)reply["text"]);
        Assert.Null(reply["attachments"]);
    }

    [Fact]
    public async Task ACardButtonOverTheLimitGetsACardSayingSoNotAnError()
    {
        using var factory = Factory(burst: 1);
        using var client = factory.CreateClient();
        await ReplyAsync(client, "help", "en-US", "clicker");

        var invoke = With(TestActivities.Message("", "en-US"), "clicker");
        invoke["type"] = "invoke";
        invoke["name"] = "adaptiveCard/action";
        invoke.Remove("deliveryMode"); // as Teams sends it: the invoke response is the HTTP response
        invoke["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "checklist.refresh", ["data"] = new JsonObject { ["action"] = "checklist.refresh", ["v"] = 1 } } };
        var response = await client.PostAsJsonAsync("/api/messages", invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        Assert.Contains("sending messages too quickly", body["value"]!.ToJsonString());
    }

    [Fact]
    public async Task OtherUsersAreNotLimitedByOneUsersBurst()
    {
        using var factory = Factory(burst: 2);
        using var client = factory.CreateClient();
        for (var i = 0; i < 5; i++) await ReplyAsync(client, "help", "en-US", "noisy-user");

        var reply = await ReplyAsync(client, "kas izstrada normativos aktus konkretam pakalpojumam", "lv-LV", "quiet-user");

        Assert.Contains("Pakalpojuma vadītājs izstrādā", reply);
    }

    [Fact]
    public async Task TheDefaultLimitLetsABusyPersonThrough()
    {
        using var factory = new BotApplicationFactory();
        using var client = factory.CreateClient();
        for (var i = 0; i < 40; i++)
        {
            Assert.DoesNotContain("too quickly", await ReplyAsync(client, "help", "en-US", "busy-user"));
        }
    }

    private static JsonObject With(JsonObject activity, string userId)
    {
        activity["from"] = new JsonObject { ["id"] = userId, ["name"] = userId };
        return activity;
    }

    private static async Task<string> ReplyAsync(HttpClient client, string text, string locale, string userId)
    {
        var response = await client.PostAsJsonAsync("/api/messages", With(TestActivities.Message(text, locale), userId));
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["activities"]!.ToJsonString(
            new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
