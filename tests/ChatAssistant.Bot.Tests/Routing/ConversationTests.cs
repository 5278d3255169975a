using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ChatAssistant.Bot.Tests.Routing;

public class ConversationTests
{
    private static Activity MembersAdded(TestAdapter adapter) => new()
    {
        Type = ActivityTypes.ConversationUpdate,
        MembersAdded = [new ChannelAccount("user1", "User"), adapter.Conversation.Bot],
        Locale = adapter.Locale,
    };

    private static Activity Submit(JObject value, string locale = "lv-LV") => new() { Type = ActivityTypes.Message, Value = value, Locale = locale };

    [Fact]
    public async Task ATeamsInstallIsWelcomedOnceAlthoughItIsAnnouncedTwice()
    {
        var bot = new TestBot();
        var adapter = bot.Adapter("en-US");
        await new TestFlow(adapter, bot.Bot)
            .Send(new Activity { Type = ActivityTypes.InstallationUpdate, Action = "add", Locale = "en-US" })
            .AssertReply(reply => Assert.Contains("Try asking", TestActivities.Content(reply)))
            .Send(MembersAdded(adapter))
            .AssertNoReply()
            .StartTestAsync();
    }

    [Fact]
    public async Task APersonJoiningLaterIsWelcomedOnceInTheConversation()
    {
        var bot = new TestBot();
        var adapter = bot.Adapter("lv-LV");
        var joined = new Activity { Type = ActivityTypes.ConversationUpdate, MembersAdded = [new ChannelAccount("user2", "Jānis")], Locale = "lv-LV" };
        await new TestFlow(adapter, bot.Bot)
            .Send(joined)
            .AssertReply(reply => Assert.Contains("Pamēģiniet pajautāt", TestActivities.Content(reply)))
            .Send(new Activity { Type = ActivityTypes.InstallationUpdate, Action = "add", Locale = "lv-LV" })
            .AssertNoReply()
            .StartTestAsync();
    }

    [Fact]
    public async Task FollowUpButtonAnswersItsUnitInTheAnswersLanguage()
    {
        var bot = new TestBot();
        await bot.Flow("lv-LV")
            .Send(Submit(new JObject { ["action"] = "qa.followup", ["v"] = 1, ["unit"] = "PU2-6:phase:before", ["label"] = "Steps: before creating the regulation", ["lang"] = "en" }))
            .AssertReply(reply =>
            {
                var content = TestActivities.Content(reply);
                Assert.Contains("Task card PU2-6, slide 8", content);
                Assert.Contains("Identify", content);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task ExampleQuestionButtonIsAnsweredAsAQuestion()
    {
        var bot = new TestBot();
        await bot.Flow()
            .Send(Submit(new JObject { ["action"] = "qa.ask", ["v"] = 1, ["q"] = "Kas izstrādā normatīvos aktus konkrētam pakalpojumam?" }))
            .AssertReply(reply => Assert.Contains("Pakalpojuma vadītājs izstrādā", TestActivities.Content(reply)))
            .StartTestAsync();
    }

    [Fact]
    public async Task FeedbackIsStoredWithTheQuestionAndAnswer()
    {
        var bot = new TestBot();
        await bot.Flow()
            .Send("kas izstrada aktus")
            .AssertReply(reply => Assert.Contains("Pakalpojuma vadītājs izstrādā", TestActivities.Content(reply)))
            .Send(Submit(new JObject { ["action"] = "feedback", ["v"] = 1, ["helpful"] = false, ["question"] = "kas izstrada aktus", ["unit"] = "PU2-6:duty:service-owner.develop", ["lang"] = "lv" }))
            .AssertReply(reply => Assert.Contains("Paldies", reply.AsMessageActivity().Text))
            .StartTestAsync();

        var stored = Assert.Single(await bot.Feedback.ListAsync(CancellationToken.None));
        Assert.False(stored.Helpful);
        Assert.Equal("kas izstrada aktus", stored.Question);
        Assert.Equal("PU2-6:duty:service-owner.develop", stored.UnitId);
    }

    [Theory]
    [InlineData("{\"action\": \"qa.followup\", \"v\": 2, \"unit\": \"PU2-6:levels\"}")]
    [InlineData("{\"action\": \"no.such.action\", \"v\": 1}")]
    [InlineData("{\"action\": \"qa.followup\", \"v\": 1}")]
    [InlineData("{\"action\": \"feedback\", \"v\": 1, \"helpful\": \"maybe\"}")]
    [InlineData("{\"v\": 1}")]
    [InlineData("[1, 2, 3]")]
    public async Task ForgedOrStaleButtonGetsAClearMessage(string payload)
    {
        var bot = new TestBot();
        await bot.Flow("en-US")
            .Send(new Activity { Type = ActivityTypes.Message, Value = JToken.Parse(payload), Locale = "en-US" })
            .AssertReply(reply => Assert.Contains("no longer valid", reply.AsMessageActivity().Text))
            .StartTestAsync();
        Assert.Empty(await bot.Feedback.ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task InAChannelTheBotAnswersOnlyWhenMentioned()
    {
        var bot = new TestBot();
        var botAccount = new ChannelAccount("bot-1", "ChatAssistant");
        var adapter = new TestAdapter(new ConversationReference
        {
            ChannelId = "msteams",
            ServiceUrl = "https://smba.example/",
            Bot = botAccount,
            User = new ChannelAccount("user-1", "Ilze"),
            Conversation = new ConversationAccount(isGroup: true, conversationType: "channel", id: "19:channel"),
            Locale = "en-US",
        });
        adapter.Use(new Microsoft.Bot.Builder.AutoSaveStateMiddleware(bot.ConversationState, bot.UserState));
        var unmentioned = new Activity { Type = ActivityTypes.Message, Text = "who drafts acts for a specific service?" };
        // As Teams sends it: the mention is an entity in the activity's JSON.
        var mentioned = Newtonsoft.Json.JsonConvert.DeserializeObject<Activity>("""
            {
              "type": "message",
              "text": "<at>ChatAssistant</at> who drafts acts for a specific service?",
              "entities": [{ "type": "mention", "text": "<at>ChatAssistant</at>", "mentioned": { "id": "bot-1", "name": "ChatAssistant" } }]
            }
            """)!;

        await new TestFlow(adapter, bot.Bot)
            .Send(unmentioned)
            .AssertNoReply()
            .Send(mentioned)
            .AssertReply(reply => Assert.Contains("The service manager (Pakalpojuma vadītājs) drafts", TestActivities.Content(reply)), timeout: 30_000)
            .StartTestAsync();
    }

    [Fact]
    public async Task ReplyFollowsTheQuestionsLanguageOverTheLocale()
    {
        var bot = new TestBot();
        await bot.Flow("en-US")
            .Send("kas ir pakalpojuma vaditaja pienakumi")
            .AssertReply(reply => Assert.Contains("Uzdevuma kartīte PU2-6", TestActivities.Content(reply)))
            .StartTestAsync();
    }

    [Fact]
    public async Task WithoutWordsTheLocaleDecidesTheLanguage()
    {
        var bot = new TestBot();
        await bot.Flow("en-US")
            .Send("???")
            .AssertReply(reply => Assert.Contains("Please ask a question", TestActivities.Content(reply)))
            .StartTestAsync();
    }
}
