using ChatAssistant.Bot.Admin;
using ChatAssistant.Bot.Escalation;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ChatAssistant.Bot.Tests.Escalation;

/// <summary>
/// The people of an escalation, each in their own conversation with the real bot: a requester in a personal chat,
/// consultants in the consultation channel, and the outbox sending proactively through its own adapter (what the
/// Bot Connector would carry to Teams).
/// </summary>
internal sealed class EscalationScenario
{
    public const string ChannelId = "19:consultation@thread.tacv2";
    public const string ServiceUrl = "https://smba.example.test/emea/";

    public EscalationScenario(string? databasePath = null, bool channelConfigured = true)
    {
        Bot = new TestBot(databasePath, time: new FixedTime(), escalation: new EscalationOptions
        {
            ConsultationChannelId = channelConfigured ? ChannelId : null,
            ConsultationServiceUrl = channelConfigured ? ServiceUrl : null,
        }, admin: new AdminOptions { AdminIds = ["admin-1"] });
        Outbound = new TestAdapter(Channels.Msteams);
    }

    public TestBot Bot { get; }

    /// <summary>Where proactive messages go: the consultation channel's posts and the requesters' answers.</summary>
    public TestAdapter Outbound { get; }

    public TicketDelivery Delivery => Bot.Delivery(Outbound);

    public static ConversationReference Personal(string userId, string name = "Anna Bērziņa") => new()
    {
        ChannelId = Channels.Msteams,
        ServiceUrl = ServiceUrl,
        Conversation = new ConversationAccount(id: "a:chat-" + userId, conversationType: "personal"),
        User = new ChannelAccount(userId, name),
        Bot = new ChannelAccount("bot-id", "ChatAssistant"),
    };

    public static ConversationReference Channel(string userId, string name) => new()
    {
        ChannelId = Channels.Msteams,
        ServiceUrl = ServiceUrl,
        Conversation = new ConversationAccount(isGroup: true, id: ChannelId + ";messageid=1700000000000", conversationType: "channel"),
        User = new ChannelAccount(userId, name),
        Bot = new ChannelAccount("bot-id", "ChatAssistant"),
    };

    /// <summary>Runs one turn from <paramref name="who"/> and returns what the bot sent back in it.</summary>
    public async Task<List<IActivity>> TurnAsync(ConversationReference who, Activity activity)
    {
        var adapter = new TestAdapter(who) { Locale = activity.Locale ?? "lv-LV" };
        adapter.Use(new AutoSaveStateMiddleware(Bot.ConversationState, Bot.UserState));
        activity.Locale ??= "lv-LV";
        await adapter.ProcessActivityAsync(activity, Bot.Bot.OnTurnAsync, default);
        var replies = new List<IActivity>();
        while (adapter.ActiveQueue.Count > 0) replies.Add(adapter.ActiveQueue.Dequeue());
        return replies;
    }

    public Task<List<IActivity>> SayAsync(ConversationReference who, string text, string locale = "lv-LV") =>
        TurnAsync(who, new Activity { Type = ActivityTypes.Message, Text = text, Locale = locale });

    public Task<List<IActivity>> SubmitAsync(ConversationReference who, JObject value, string locale = "lv-LV") =>
        TurnAsync(who, new Activity { Type = ActivityTypes.Message, Value = value, Locale = locale });

    /// <summary>
    /// A ticket button clicked as a Universal Action; returns the card the bot answered with. The button carries the
    /// ticket's current step (a card that is up to date) unless <paramref name="step"/> names an older one.
    /// </summary>
    public async Task<JObject> ClickAsync(ConversationReference who, string verb, string ticketId, int? step = null, string? answer = null)
    {
        step ??= (await Bot.Tickets.GetAsync(ticketId, default))?.Step ?? 1;
        var data = new JObject { ["action"] = verb, ["v"] = 1, ["id"] = ticketId, ["rev"] = step, ["lang"] = "lv" };
        if (answer is not null) data["answer"] = answer;
        var replies = await TurnAsync(who, new Activity
        {
            Type = ActivityTypes.Invoke,
            Name = "adaptiveCard/action",
            Value = new JObject { ["action"] = new JObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data } },
        });
        var response = replies.Single(r => r.Type == ActivityTypesEx.InvokeResponse);
        var invoke = (InvokeResponse)((Activity)response).Value;
        Assert.Equal(200, invoke.Status);
        return (JObject)JObject.FromObject(invoke.Body)["value"]!;
    }

    /// <summary>A completely filled-in form, as the card submits it; <paramref name="changes"/> overrides fields.</summary>
    public static JObject Form(string submissionId = "form-1", params (string Field, string Value)[] changes)
    {
        var form = new JObject
        {
            ["action"] = "escalate.submit", ["v"] = 1, ["sid"] = submissionId, ["origin"] = "answer", ["lang"] = "lv",
            ["question"] = "Vai jaunajā pakalpojumu likumā būs prasība pēc ietekmes novērtējuma?",
            ["institution"] = "Valsts ieņēmumu dienests",
            ["role"] = "service-owner",
            ["subject"] = "Pakalpojumu likums",
            ["urgency"] = "normal",
            ["onBehalfOf"] = "",
            ["contact"] = "anna.berzina@example.lv",
        };
        foreach (var (field, value) in changes) form[field] = value;
        return form;
    }

    public List<IActivity> Sent()
    {
        var sent = new List<IActivity>();
        while (Outbound.ActiveQueue.Count > 0) sent.Add(Outbound.ActiveQueue.Dequeue());
        return sent;
    }

    public static string Json(IActivity activity) => TestActivities.Content(activity);

    public static string Json(JObject card) => card.ToString(Formatting.None);
}
