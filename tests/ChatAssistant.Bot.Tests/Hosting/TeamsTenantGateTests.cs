using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ChatAssistant.Bot.Tests.Escalation;
using ChatAssistant.Bot.Tests.Hosting;
using ChatAssistant.Bot.Tests.Hosting.Authentication;
using Microsoft.IdentityModel.Tokens;

namespace ChatAssistant.Bot.Tests.Hosting;

/// <summary>
/// With a Bot Framework identity, a valid token is not enough: only Teams in the configured tenant reaches the bot,
/// and tickets belong to the sender's Entra object id, not to the app-scoped channel account id. The real bot
/// process validates real tokens (see AuthenticatedBot).
/// </summary>
public class TeamsTenantGateTests(AuthenticationTests.SingleTenantBot fixture) : IClassFixture<AuthenticationTests.SingleTenantBot>
{
    private const string Question = "kas izstrada normativos aktus konkretam pakalpojumam";

    [Fact]
    public async Task AnotherChannelWithAValidTokenGetsARefusalAndNoAnswer()
    {
        var bot = fixture.Bot;
        var activity = TeamsMessage(Question, "29:victim", "aad-victim");
        activity["channelId"] = "skype"; // the test metadata endorses this key for skype, as Azure's does for webchat

        var (status, body) = await SendAsync(bot, activity, bot.OtherChannelKey);

        Assert.True(status == HttpStatusCode.OK, $"got {(int)status}\n{bot.Bot.Output}");
        Assert.DoesNotContain("Pakalpojuma vad", body);
        Assert.Contains("Microsoft Teams", body);
    }

    [Fact]
    public async Task AnotherTenantGetsARefusalAndNoAnswer()
    {
        var bot = fixture.Bot;
        var activity = TeamsMessage(Question, "29:stranger", "aad-stranger", tenant: Guid.NewGuid().ToString());

        var (status, body) = await SendAsync(bot, activity);

        Assert.True(status == HttpStatusCode.OK, $"got {(int)status}\n{bot.Bot.Output}");
        Assert.DoesNotContain("Pakalpojuma vad", body);
        Assert.Contains("Microsoft Teams", body);
    }

    [Fact]
    public async Task AnInvokeFromAnotherTenantGetsNoCard()
    {
        var bot = fixture.Bot;
        var activity = TeamsMessage("", "29:stranger", "aad-stranger", tenant: Guid.NewGuid().ToString());
        activity["type"] = "invoke";
        activity.Remove("deliveryMode"); // as Teams sends it: the invoke response is the HTTP response
        activity["name"] = "adaptiveCard/action";
        activity["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "escalate.reopen", ["data"] = new JsonObject { ["action"] = "escalate.reopen", ["v"] = 1, ["id"] = "VARAM-2026-0001" } } };

        var (status, body) = await SendAsync(bot, activity);

        Assert.True(status == HttpStatusCode.Forbidden, $"got {(int)status} {body}\n{bot.Bot.Output}");
        Assert.DoesNotContain("VARAM-2026", body);
    }

    [Fact]
    public async Task ATeamsMessageFromTheTenantWithoutAnEntraIdGetsNoData()
    {
        var bot = fixture.Bot;
        var activity = TeamsMessage("mani pieteikumi", "29:someone", aadObjectId: null);

        var (status, body) = await SendAsync(bot, activity);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Microsoft Teams", body);
    }

    [Fact]
    public async Task TicketsBelongToTheEntraObjectIdNotTheChannelAccountId()
    {
        var bot = fixture.Bot;
        var owner = "aad-" + Guid.NewGuid().ToString("N");
        var form = TeamsMessage("", "29:before-the-bot-id-changed", owner);
        form["value"] = JsonNode.Parse(EscalationScenario.Form(Guid.NewGuid().ToString("N")).ToString());
        var (submitted, receipt) = await SendAsync(bot, form);
        Assert.True(submitted == HttpStatusCode.OK, $"got {(int)submitted}\n{bot.Bot.Output}");
        var ticketId = System.Text.RegularExpressions.Regex.Match(receipt, "VARAM-[0-9]{4}-[0-9]{4,}").Value;
        Assert.NotEqual("", ticketId);

        // The same person after the bot's identity changed: a new 29: id, the same Entra object id.
        var (_, sameOwner) = await SendAsync(bot, TeamsMessage("mani pieteikumi", "29:after-the-bot-id-changed", owner));
        // Someone else who got hold of the old channel account id.
        var (_, forged) = await SendAsync(bot, TeamsMessage("mani pieteikumi", "29:before-the-bot-id-changed", "aad-someone-else"));
        var (_, forgedShow) = await SendAsync(bot, TeamsMessage("pieteikums " + ticketId, "29:before-the-bot-id-changed", "aad-someone-else"));

        Assert.Contains(ticketId, sameOwner);
        Assert.DoesNotContain(ticketId, forged);
        Assert.DoesNotContain("Valsts ieņēmumu dienests", forgedShow);
    }

    internal static JsonObject TeamsMessage(string text, string fromId, string? aadObjectId, string tenant = AuthenticatedBot.TenantId)
    {
        var activity = TestActivities.Message(text);
        activity["serviceUrl"] = AuthenticatedBot.ServiceUrl;
        var from = new JsonObject { ["id"] = fromId, ["name"] = "Anna" };
        if (aadObjectId is not null) from["aadObjectId"] = aadObjectId;
        activity["from"] = from;
        activity["conversation"] = new JsonObject { ["id"] = "a:chat-" + fromId, ["conversationType"] = "personal", ["tenantId"] = tenant };
        return activity;
    }

    private static async Task<(HttpStatusCode Status, string Body)> SendAsync(AuthenticatedBot bot, JsonObject activity, RsaSecurityKey? key = null)
    {
        using var client = new HttpClient { BaseAddress = new Uri(bot.Bot.BaseUrl), Timeout = TimeSpan.FromSeconds(30) };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(activity) };
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + bot.Token(key));
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, System.Text.RegularExpressions.Regex.Unescape(body));
    }
}
