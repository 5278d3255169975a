using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Encodings.Web;
using System.Text.Json.Nodes;
using ChatAssistant.Bot.Escalation;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace ChatAssistant.Bot.Tests.Escalation;

/// <summary>
/// Deliveries are at least once and never given up: "no channel configured" is a wait, not a failure; failures back
/// off to a cap and keep being tried; admins can send what waits at once (HTTP and Teams); and a start-up with a
/// newly configured channel sends what waited. The whole host, real SQLite, and a fake Bot Connector over HTTP.
/// </summary>
public class DeliveryRetryTests
{
    private const string Channel = "19:consult@thread.tacv2";
    private const string AdminKey = "test-admin-key-0123456789";
    private static readonly DateTimeOffset At = DateTimeOffset.Parse("2026-12-01T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A first retry an hour away: nothing in these tests is sent again by the backoff alone.</summary>
    private static Dictionary<string, string?> Settings(FakeConnector connector, bool channel = true) => new()
    {
        ["Escalation:ConsultationChannelId"] = channel ? Channel : "",
        ["Escalation:ConsultationServiceUrl"] = channel ? connector.Url : "",
        ["Escalation:OutboxInterval"] = "00:00:00.200",
        ["Escalation:FirstRetryDelay"] = "01:00:00",
        ["Escalation:AdminApiKey"] = AdminKey,
    };

    [Fact]
    public void ADeliveryThatKeepsFailingIsTriedAgainAtTheCapAndNeverParked()
    {
        var ticket = Outbox.Add(TicketStoreContract.Draft(at: At) with { Id = "VARAM-2026-0001", Pending = [] }, DeliveryKind.ChannelCard, At);
        for (var i = 0; i < 500; i++) ticket = Outbox.Failed(ticket, DeliveryKind.ChannelCard, "http-403", At, TimeSpan.FromSeconds(15));

        var pending = Assert.Single(ticket.Pending);
        Assert.Equal(500, pending.Attempts);
        Assert.Equal(At + Outbox.MaxBackoff, pending.NextAttemptAt);
        Assert.Equal("http-403", pending.LastError);
    }

    [Fact]
    public async Task NoChannelConfiguredIsAWaitNotAFailure()
    {
        var s = new EscalationScenario(channelConfigured: false);
        await s.SubmitAsync(EscalationScenario.Personal("user-req"), EscalationScenario.Form());
        var id = (await s.Bot.Tickets.ListWithPendingAsync(default)).Single().Id;
        for (var i = 0; i < 3; i++)
        {
            var ticket = (await s.Bot.Tickets.GetAsync(id, default))!;
            await s.Bot.Tickets.TryUpdateAsync(ticket with { Pending = [.. ticket.Pending.Select(p => p with { NextAttemptAt = s.Bot.Time.GetUtcNow() })] }, ticket.Revision, default);
            Assert.Equal(0, await s.Delivery.RunOnceAsync(default));
        }

        var waiting = Assert.Single((await s.Bot.Tickets.GetAsync(id, default))!.Pending);
        Assert.Equal(0, waiting.Attempts);
        Assert.Equal("channel-not-configured", waiting.LastError);
        Assert.True(waiting.NextAttemptAt <= s.Bot.Time.GetUtcNow() + Outbox.MaxBackoff);
    }

    [Fact]
    public async Task AStartUpWithANewlyConfiguredChannelSendsWhatWaited()
    {
        await using var connector = await FakeConnector.StartAsync();
        var database = TestBot.TempDatabase();
        string id;
        await using (var before = BotApplicationFactory.With(Settings(connector, channel: false), database))
        {
            using var client = before.CreateClient();
            id = await SubmitAsync(client, connector);
            var store = before.Services.GetRequiredService<ITicketStore>();
            await WaitAsync(async () => (await store.GetAsync(id, default))!.Pending.SingleOrDefault(p => p.LastError == "channel-not-configured"));
        }

        await using var after = BotApplicationFactory.With(Settings(connector), database);
        using (after.CreateClient())
        {
            await connector.WaitForAsync((m, c, a) => m == "POST" && c == Channel && Text(a).Contains(id), "the ticket card after the start-up");
        }
    }

    [Fact]
    public async Task AnAdminRetriesAWaitingDeliveryOverHttp()
    {
        await using var connector = await FakeConnector.StartAsync();
        connector.Failing = true;
        await using var host = BotApplicationFactory.With(Settings(connector));
        using var client = host.CreateClient();
        var id = await SubmitAsync(client, connector);
        var store = host.Services.GetRequiredService<ITicketStore>();
        await WaitAsync(async () => (await store.GetAsync(id, default))!.Pending.SingleOrDefault(p => p.Attempts > 0));
        connector.Failing = false;

        var noKey = await client.PostAsync($"/admin/deliveries/{id}/retry", null);
        var malformed = await RetryAsync(client, "not-a-ticket");
        var unknown = await RetryAsync(client, "VARAM-1999-0001");
        var retried = await RetryAsync(client, id.ToLowerInvariant());

        Assert.Equal(HttpStatusCode.Unauthorized, noKey.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Contains(id, await retried.Content.ReadAsStringAsync());
        await connector.WaitForAsync((m, c, a) => m == "POST" && c == Channel && Text(a).Contains(id), "the ticket card after the retry");
        await WaitAsync(async () => (await store.GetAsync(id, default))!.Pending.Count == 0 ? "" : null);
    }

    [Fact]
    public async Task AnAdminRetriesFromThePendingDeliveriesCardInTeams()
    {
        var s = new EscalationScenario();
        await s.SubmitAsync(EscalationScenario.Personal("user-req"), EscalationScenario.Form());
        var ticket = (await s.Bot.Tickets.ListWithPendingAsync(default)).Single();
        var later = s.Bot.Time.GetUtcNow().AddHours(1);
        await s.Bot.Tickets.TryUpdateAsync(Outbox.Failed(ticket, DeliveryKind.ChannelCard, "http-403", later, TimeSpan.FromHours(1)), ticket.Revision, default);
        Assert.Equal(0, await s.Delivery.RunOnceAsync(default));

        var card = Json((await s.SayAsync(EscalationScenario.Personal("admin-1"), "neizsūtītie")).Single());
        Assert.Contains("delivery.retry", card);
        var retry = await s.SubmitAsync(EscalationScenario.Personal("admin-1"), new JObject { ["action"] = "delivery.retry", ["v"] = 1, ["id"] = ticket.Id, ["lang"] = "lv" });
        var notAdmin = await s.SubmitAsync(EscalationScenario.Personal("user-req"), new JObject { ["action"] = "delivery.retry", ["v"] = 1, ["id"] = ticket.Id, ["lang"] = "lv" });

        Assert.Contains(ticket.Id, Json(retry.Single()));
        Assert.Contains("administratoriem", Json(notAdmin.Single()));
        Assert.Equal(1, await s.Delivery.RunOnceAsync(default));
        Assert.Contains(ticket.Id, Json(Assert.Single(s.Sent())));
    }

    private static async Task<string> SubmitAsync(HttpClient client, FakeConnector connector)
    {
        var form = JsonNode.Parse(EscalationScenario.Form(Guid.NewGuid().ToString("N")).ToString())!.AsObject();
        var activity = new JsonObject
        {
            ["type"] = "message", ["id"] = Guid.NewGuid().ToString(), ["channelId"] = "msteams", ["serviceUrl"] = connector.Url, ["locale"] = "lv-LV",
            ["deliveryMode"] = "expectReplies",
            ["from"] = new JsonObject { ["id"] = "user-req", ["name"] = "Anna" },
            ["recipient"] = new JsonObject { ["id"] = "bot-1", ["name"] = "ChatAssistant" },
            ["conversation"] = new JsonObject { ["id"] = "a:req-" + Guid.NewGuid().ToString("N"), ["conversationType"] = "personal" },
            ["value"] = form,
        };
        var response = await client.PostAsJsonAsync("/api/messages", activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var id = System.Text.RegularExpressions.Regex.Match(await response.Content.ReadAsStringAsync(), "VARAM-[0-9]{4}-[0-9]{4,}").Value;
        Assert.NotEqual("", id);
        return id;
    }

    private static async Task<HttpResponseMessage> RetryAsync(HttpClient client, string id)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/admin/deliveries/{id}/retry");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AdminKey);
        return await client.SendAsync(request);
    }

    private static string Json(Microsoft.Bot.Schema.IActivity activity) => TestActivities.Content(activity);

    private static string Text(JsonNode node) => node.ToJsonString(new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private static Task<T> WaitAsync<T>(Func<Task<T?>> probe) where T : class => Eventually.GetAsync(probe, "the expected delivery state");
}
