using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Encodings.Web;
using System.Text.Json.Nodes;
using ChatAssistant.Bot.Escalation;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.Bot.Tests.Escalation;

/// <summary>
/// Escalation through the whole host over HTTP: the form submitted to /api/messages, the hosted outbox posting to
/// the consultation channel through the connector, consultants' Universal Actions, the answer sent back, the
/// editors' export, and a restart while deliveries are failing.
/// </summary>
public class EscalationHttpTests
{
    internal const string Channel = "19:consult@thread.tacv2";
    private const string AdminKey = "test-admin-key-0123456789";
    private const string Question = "Vai jaunajā pakalpojumu likumā būs prasība pēc ietekmes novērtējuma?";
    private const string Contact = "anna.berzina@example.lv";
    private const string Institution = "Valsts ieņēmumu dienests";
    private const string AnswerText = "Jā, ietekmes novērtējums būs obligāts ikvienam jaunam aktam.";

    private static Dictionary<string, string?> Settings(FakeConnector connector) => new()
    {
        ["Escalation:ConsultationChannelId"] = Channel,
        ["Escalation:ConsultationServiceUrl"] = connector.Url,
        ["Escalation:OutboxInterval"] = "00:00:00.200",
        ["Escalation:FirstRetryDelay"] = "00:00:00.500",
        ["Escalation:AdminApiKey"] = AdminKey,
    };

    internal static JsonObject Activity(FakeConnector connector, string type, string conversation, string userId, string userName, JsonObject? value = null, string? name = null)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = Guid.NewGuid().ToString(),
            ["channelId"] = "msteams",
            ["serviceUrl"] = connector.Url,
            ["locale"] = "lv-LV",
            ["from"] = new JsonObject { ["id"] = userId, ["name"] = userName },
            ["recipient"] = new JsonObject { ["id"] = "bot-1", ["name"] = "ChatAssistant" },
            ["conversation"] = new JsonObject { ["id"] = conversation, ["conversationType"] = conversation.StartsWith("19:", StringComparison.Ordinal) ? "channel" : "personal" },
        };
        if (type == "message") activity["deliveryMode"] = "expectReplies";
        if (value is not null) activity["value"] = value;
        if (name is not null) activity["name"] = name;
        return activity;
    }

    internal static JsonObject FormSubmit() => new()
    {
        ["action"] = "escalate.submit", ["v"] = 1, ["sid"] = Guid.NewGuid().ToString("N"), ["origin"] = "answer", ["lang"] = "lv",
        ["question"] = Question, ["institution"] = Institution, ["role"] = "service-owner", ["subject"] = "Pakalpojumu likums",
        ["urgency"] = "urgent", ["onBehalfOf"] = "", ["contact"] = Contact,
    };

    /// <summary>A button on a ticket card, clicked: <paramref name="step"/> is the "rev" that card's button carries.</summary>
    internal static JsonObject Click(string verb, string ticketId, int step, string? answer = null)
    {
        var data = new JsonObject { ["action"] = verb, ["v"] = 1, ["id"] = ticketId, ["rev"] = step, ["lang"] = "lv" };
        if (answer is not null) data["answer"] = answer;
        return new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data } };
    }

    /// <summary>The step carried by the <paramref name="verb"/> button of a card (or of an activity holding one).</summary>
    internal static int StepOn(JsonNode card, string verb)
    {
        static IEnumerable<JsonObject> Objects(JsonNode? node) => node switch
        {
            JsonObject o => new[] { o }.Concat(o.SelectMany(p => Objects(p.Value))),
            JsonArray a => a.SelectMany(Objects),
            _ => [],
        };
        return (int)Objects(card).First(o => (string?)o["action"] == verb && o["rev"] is not null)["rev"]!;
    }

    internal static string Text(JsonNode node) => node.ToJsonString(new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    [Fact]
    public async Task AnEscalationGoesFromTheFormToTheChannelAndTheAnswerBackToTheRequester()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var factory = BotApplicationFactory.With(Settings(connector));
        using var client = factory.CreateClient();
        var requesterChat = "a:requester-" + Guid.NewGuid().ToString("N");

        var submitted = await client.PostAsJsonAsync("/api/messages", Activity(connector, "message", requesterChat, "user-req", "Anna Bērziņa", FormSubmit()));
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        var receipt = Text((await submitted.Content.ReadFromJsonAsync<JsonNode>())!);
        var id = FirstTicketOf(factory);
        Assert.Contains(id, receipt);

        var post = await connector.WaitForAsync((m, c, a) => m == "POST" && c == Channel && Text(a).Contains(id), "the ticket card in the consultation channel");
        Assert.Contains(Contact, Text(post));
        Assert.Contains("Steidzama", Text(post));

        var claim = await client.PostAsJsonAsync("/api/messages", Activity(connector, "invoke", Channel + ";messageid=1", "c-anna", "Anna Konsultante", Click("ticket.claim", id, StepOn(post, "ticket.claim")), "adaptiveCard/action"));
        Assert.Equal(HttpStatusCode.OK, claim.StatusCode);
        var claimed = (await claim.Content.ReadFromJsonAsync<JsonNode>())!;
        Assert.Contains("Statuss: piešķirts", Text(claimed));

        var answer = await client.PostAsJsonAsync("/api/messages", Activity(connector, "invoke", Channel + ";messageid=1", "c-anna", "Anna Konsultante", Click("ticket.answer", id, StepOn(claimed, "ticket.answer"), AnswerText), "adaptiveCard/action"));
        Assert.Contains("Statuss: atbildēts", await answer.Content.ReadAsStringAsync());

        var delivered = await connector.WaitForAsync((m, c, a) => c == requesterChat && Text(a).Contains(AnswerText), "the answer in the requester's chat");
        Assert.Contains(Question, Text(delivered));
        await connector.WaitForAsync((m, c, a) => m == "PUT" && c == Channel && Text(a).Contains("Statuss: atbildēts"), "the channel card updated in place");

        using var admin = new HttpRequestMessage(HttpMethod.Get, "/admin/escalations/export?format=csv");
        admin.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AdminKey);
        var export = await (await client.SendAsync(admin)).Content.ReadAsStringAsync();
        Assert.Contains(Question, export);
        Assert.Contains(AnswerText, export);
        Assert.DoesNotContain(Contact, export);
        Assert.DoesNotContain("Anna Bērziņa", export);

        // Ticket content never reaches the logs.
        var logs = string.Join("\n", factory.Logs.Lines);
        Assert.Contains(id, logs);
        foreach (var secret in new[] { Question, Contact, Institution, AnswerText, "Anna Bērziņa" }) Assert.DoesNotContain(secret, logs);
    }

    [Fact]
    public async Task TicketsWaitInTheOutboxWhileTheChannelFailsAndAreDeliveredAfterARestart()
    {
        await using var connector = await FakeConnector.StartAsync();
        connector.Failing = true;
        var database = TestBot.TempDatabase();
        string id;
        await using (var first = BotApplicationFactory.With(Settings(connector), database))
        {
            using var client = first.CreateClient();
            var submitted = await client.PostAsJsonAsync("/api/messages", Activity(connector, "message", "a:req-restart", "user-req", "Anna Bērziņa", FormSubmit()));
            Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
            id = FirstTicketOf(first);
            Assert.Contains(id, await submitted.Content.ReadAsStringAsync());

            var store = first.Services.GetRequiredService<ITicketStore>();
            var failed = await Eventually.GetAsync(async () => (await store.GetAsync(id, default))!.Pending.SingleOrDefault(p => p.Attempts > 0), "a failed delivery attempt");
            Assert.Equal("http-403", failed.LastError);

            using var pending = new HttpRequestMessage(HttpMethod.Get, "/admin/deliveries");
            pending.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AdminKey);
            var listed = await (await client.SendAsync(pending)).Content.ReadAsStringAsync();
            Assert.Contains(id, listed);
            Assert.Contains("ChannelCard", listed);
        }

        connector.Failing = false;
        await using var second = BotApplicationFactory.With(Settings(connector), database);
        using (second.CreateClient()) // starts the host, and with it the outbox
        {
            await connector.WaitForAsync((m, c, a) => m == "POST" && c == Channel && Text(a).Contains(id), "the ticket card after the restart");
            var store = second.Services.GetRequiredService<ITicketStore>();
            await Eventually.TrueAsync(async () => (await store.GetAsync(id, default))!.Pending.Count == 0, "the outbox to empty after the restart");
        }
    }

    [Fact]
    public async Task WhenTheChannelsCardWasDeletedTheTicketIsPostedAgain()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var factory = BotApplicationFactory.With(Settings(connector));
        using var client = factory.CreateClient();
        await client.PostAsJsonAsync("/api/messages", Activity(connector, "message", "a:req-deleted", "user-req", "Anna Bērziņa", FormSubmit()));
        var id = FirstTicketOf(factory);
        var first = await connector.WaitForAsync((m, c, a) => m == "POST" && c == Channel && Text(a).Contains(id), "the first ticket card");

        connector.MessagesDeleted = true;
        await client.PostAsJsonAsync("/api/messages", Activity(connector, "invoke", Channel + ";messageid=1", "c-anna", "Anna Konsultante", Click("ticket.claim", id, StepOn(first, "ticket.claim")), "adaptiveCard/action"));

        await connector.WaitForAsync((m, c, a) => m == "POST" && c == Channel && Text(a).Contains("Statuss: piešķirts"), "the ticket card posted anew");
        var store = factory.Services.GetRequiredService<ITicketStore>();
        await Eventually.TrueAsync(async () => (await store.GetAsync(id, default))!.Pending.Count == 0, "the outbox to empty");
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("wrong-key", HttpStatusCode.Unauthorized)]
    [InlineData(AdminKey, HttpStatusCode.OK)]
    public async Task AdminEndpointsNeedTheKey(string? key, HttpStatusCode expected)
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var factory = BotApplicationFactory.With(Settings(connector));
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin/escalations/export?format=json");
        if (key is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);

        Assert.Equal(expected, (await client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task WithoutAnAdminKeyTheAdminEndpointsDoNotExist()
    {
        await using var factory = new BotApplicationFactory();
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin/deliveries");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "");

        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(request)).StatusCode);
    }

    /// <summary>The first ticket's ID, in the year of the bot's own clock.</summary>
    private static string FirstTicketOf(BotApplicationFactory factory) =>
        TicketId.Format(factory.Services.GetRequiredService<TimeProvider>().GetUtcNow().Year, 1);
}
