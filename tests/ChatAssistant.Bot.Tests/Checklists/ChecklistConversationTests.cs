using ChatAssistant.Bot.Tests.Routing;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ChatAssistant.Bot.Tests.Checklists;

/// <summary>Checklists through the SDK's TestAdapter: starting, choosing a role, ticking, and every bad submit.</summary>
public class ChecklistConversationTests
{
    private const string Card = "PU2-6";
    private const string Role = "service-owner";
    private const string User = "user1";

    /// <summary>The version of the current checklist, as a freshly drawn card carries it.</summary>
    private static string CurrentVersion() =>
        ChatAssistant.Knowledge.Checklists.ChecklistBuilder.Build(
            ChatAssistant.Knowledge.Loading.KnowledgeLoader.Load(ChatAssistant.Knowledge.Loading.ContentLocator.Resolve(null)), Card, Role)!.Version;

    internal static Activity Execute(string verb, string owner, string version, string name = "Noteikumi X", params (string Item, bool Done)[] ticks) =>
        Execute(verb, owner, version, 0, name, ticks);

    internal static Activity Execute(string verb, string owner, string version, long revision, string name, params (string Item, bool Done)[] ticks)
    {
        var data = new JObject { ["action"] = verb, ["v"] = 1, ["card"] = Card, ["role"] = Role, ["name"] = name, ["owner"] = owner, ["ver"] = version, ["rev"] = revision, ["lang"] = "lv" };
        foreach (var (item, done) in ticks) data["item." + item] = done ? "true" : "false";
        return new Activity
        {
            Type = ActivityTypes.Invoke,
            Name = "adaptiveCard/action",
            Locale = "lv-LV",
            Value = new JObject { ["action"] = new JObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data } },
        };
    }

    /// <summary>The card an adaptiveCard/action invoke answered with.</summary>
    internal static string InvokeCard(IActivity reply)
    {
        Assert.Equal(ActivityTypesEx.InvokeResponse, reply.Type);
        var response = (InvokeResponse)((Activity)reply).Value;
        Assert.Equal(200, response.Status);
        var body = JObject.FromObject(response.Body);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        return body["value"]!.ToString(Newtonsoft.Json.Formatting.None);
    }

    [Fact]
    public async Task WithoutARoleTheBotOffersTheFourRolesThenShowsTheChosenOnesChecklist()
    {
        await new TestBot().Flow()
            .Send("kontrolsaraksts")
            .AssertReply(reply =>
            {
                var content = TestActivities.Content(reply);
                foreach (var holder in new[] { "Pakalpojumu kopuma vadītājs", "Pakalpojuma vadītājs", "Resursu kopuma vadītājs", "Resursa vadītājs" }) Assert.Contains(holder, content);
            })
            .Send("resursa vadītājs")
            .AssertReply(reply =>
            {
                var content = TestActivities.Content(reply);
                Assert.Contains("Kontrolsaraksts: Resursa vadītājs", content);
                Assert.Contains("Action.Execute", content);
                Assert.Contains("item.duty.develop", content);
                Assert.Contains("item.step.after.", content);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task TheRolePickerKeepsTheWorkNameTyped()
    {
        await new TestBot().Flow()
            .Send("kontrolsaraksts: Noteikumi par e-pakalpojumu X")
            .AssertReply(reply => Assert.Contains("\"value\":\"Noteikumi par e-pakalpojumu X\"", TestActivities.Content(reply)))
            .StartTestAsync();
    }

    [Fact]
    public async Task ALaterQuestionNamingARoleIsAnsweredNotTakenAsTheRolePick()
    {
        await new TestBot().Flow()
            .Send("kontrolsaraksts")
            .AssertReply(reply => Assert.Contains("Kurai lomai", TestActivities.Content(reply)))
            .Send("kādi ir pakalpojuma vadītāja pienākumi šajā uzdevumā un kas viņam jādara?")
            .AssertReply(reply => Assert.Contains("Uzdevuma kartīte PU2-6", TestActivities.Content(reply)))
            .StartTestAsync();
    }

    [Fact]
    public async Task ARoleTypedAfterThePickerHasExpiredIsAQuestionNotThePick()
    {
        var clock = new FixedTime();
        var bot = new TestBot(time: clock);
        var adapter = bot.Adapter();
        await new TestFlow(adapter, bot.Bot)
            .Send("kontrolsaraksts")
            .AssertReply(reply => Assert.Contains("Kurai lomai", TestActivities.Content(reply)))
            .StartTestAsync();

        clock.Advance(TimeSpan.FromMinutes(10));
        await new TestFlow(adapter, bot.Bot)
            .Send("resursa vadītājs")
            .AssertReply(reply => Assert.DoesNotContain("Kontrolsaraksts: Resursa vadītājs", TestActivities.Content(reply)))
            .StartTestAsync();
    }

    [Fact]
    public async Task ARoleTypedJustBeforeThePickerExpiresIsThePick()
    {
        var clock = new FixedTime();
        var bot = new TestBot(time: clock);
        var adapter = bot.Adapter();
        await new TestFlow(adapter, bot.Bot)
            .Send("kontrolsaraksts")
            .AssertReply(reply => Assert.Contains("Kurai lomai", TestActivities.Content(reply)))
            .StartTestAsync();

        clock.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromSeconds(1));
        await new TestFlow(adapter, bot.Bot)
            .Send("resursa vadītājs")
            .AssertReply(reply => Assert.Contains("Kontrolsaraksts: Resursa vadītājs", TestActivities.Content(reply)))
            .StartTestAsync();
    }

    [Fact]
    public async Task NamingTheRoleAndTheWorkShowsTheChecklistAtOnce()
    {
        await new TestBot().Flow("en-US")
            .Send("checklist for the service manager: Rules for e-service X")
            .AssertReply(reply =>
            {
                var content = TestActivities.Content(reply);
                Assert.Contains("Checklist: Service manager (Pakalpojuma vadītājs)", content);
                Assert.Contains("Rules for e-service X", content);
                Assert.Contains("0 of 10 done", content);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task TickingAndSavingUpdatesTheCardInPlaceAndSurvivesARestart()
    {
        var bot = new TestBot();
        var version = CurrentVersion();
        await bot.Flow()
            .Send(Execute("checklist.save", User, version, ticks: [("duty.identify", true), ("step.before.identify-needed", true), ("duty.develop", false)]))
            .AssertReply(reply =>
            {
                var card = InvokeCard(reply);
                Assert.Contains("Saglabāts", card);
                Assert.Contains("Izpildīti 2 no 10", card);
            })
            .StartTestAsync();

        var restarted = new TestBot(bot.DatabasePath);
        var progress = await restarted.Checklists.GetAsync(User, Card, Role, "Noteikumi X", CancellationToken.None);
        Assert.Equal(["duty.identify", "step.before.identify-needed"], progress!.Done.Order());
        await restarted.Flow()
            .Send(Execute("checklist.refresh", User, version))
            .AssertReply(reply => Assert.Contains("Izpildīti 2 no 10", InvokeCard(reply)))
            .StartTestAsync();
    }

    [Fact]
    public async Task AStaleCardDoesNotOverwriteProgress()
    {
        var bot = new TestBot();
        await bot.Flow()
            .Send(Execute("checklist.save", User, CurrentVersion(), ticks: [("duty.identify", true)]))
            .AssertReply(reply => Assert.Contains("Saglabāts", InvokeCard(reply)))
            .Send(Execute("checklist.save", User, "0ld0ld0ld0ld", ticks: [("duty.identify", false), ("duty.amend", true)]))
            .AssertReply(reply => Assert.Contains("mainījies", InvokeCard(reply)))
            .StartTestAsync();

        var progress = await bot.Checklists.GetAsync(User, Card, Role, "Noteikumi X", CancellationToken.None);
        Assert.Equal(["duty.identify"], progress!.Done);
    }

    [Fact]
    public async Task ACardShowingAnOlderSaveDoesNotUndoANewerOne()
    {
        var bot = new TestBot();
        var version = CurrentVersion();
        await bot.Flow()
            .Send(Execute("checklist.save", User, version, 0, "Noteikumi X", ("duty.identify", true), ("duty.develop", true)))
            .AssertReply(reply => Assert.Contains("Izpildīti 2 no 10", InvokeCard(reply)))
            // The phone still shows the card from before that save.
            .Send(Execute("checklist.save", User, version, 0, "Noteikumi X", ("duty.identify", true), ("duty.amend", true)))
            .AssertReply(reply => Assert.Contains("saglabāja citur", InvokeCard(reply)))
            .Send(Execute("checklist.save", User, version, 1, "Noteikumi X", ("duty.identify", true), ("duty.develop", true), ("duty.amend", true)))
            .AssertReply(reply => Assert.Contains("Izpildīti 3 no 10", InvokeCard(reply)))
            .StartTestAsync();

        var progress = await bot.Checklists.GetAsync(User, Card, Role, "Noteikumi X", CancellationToken.None);
        Assert.Equal(["duty.amend", "duty.develop", "duty.identify"], progress!.Done.Order());
    }

    [Fact]
    public async Task SomeoneElsesClickChangesNothing()
    {
        var bot = new TestBot();
        await bot.Flow()
            .Send(Execute("checklist.save", "another-user", CurrentVersion(), ticks: [("duty.identify", true)]))
            .AssertReply(reply => Assert.Contains("pieder citam lietotājam", InvokeCard(reply)))
            .StartTestAsync();

        Assert.Null(await bot.Checklists.GetAsync("another-user", Card, Role, "Noteikumi X", CancellationToken.None));
        Assert.Empty(await bot.Checklists.ListAsync(User, CancellationToken.None));
    }

    [Theory]
    [InlineData("no-such-role", "duty.identify")]
    [InlineData("service-owner", "step.before.invented-step")]
    public async Task AnUnknownRoleOrStepGetsAClearMessage(string role, string item)
    {
        var bot = new TestBot();
        var invoke = Execute("checklist.save", User, CurrentVersion(), ticks: [(item, true)]);
        ((JObject)((JObject)invoke.Value)["action"]!["data"]!)["role"] = role;
        await bot.Flow()
            .Send(invoke)
            .AssertReply(reply => Assert.Contains("vairs nevar atrast", InvokeCard(reply)))
            .StartTestAsync();
        Assert.Empty(await bot.Checklists.ListAsync(User, CancellationToken.None));
    }

    [Fact]
    public async Task TheCardKeepsItsLanguageWhateverTheClientLocale()
    {
        var invoke = Execute("checklist.save", User, CurrentVersion(), ticks: [("duty.identify", true)]);
        invoke.Locale = "en-US"; // the Playground and many Teams clients send English; the card was opened in Latvian
        await new TestBot().Flow()
            .Send(invoke)
            .AssertReply(reply => Assert.Contains("Izpildīti 1 no 10", InvokeCard(reply)))
            .StartTestAsync();
    }

    [Fact]
    public async Task ExportPostsAPlainTextSummary()
    {
        var bot = new TestBot();
        await bot.Flow()
            .Send(Execute("checklist.save", User, CurrentVersion(), ticks: [("duty.identify", true)]))
            .AssertReply(reply => InvokeCard(reply))
            .Send(Execute("checklist.export", User, CurrentVersion()))
            .AssertReply(reply =>
            {
                var text = reply.AsMessageActivity().Text;
                Assert.Equal("plain", reply.AsMessageActivity().TextFormat); // the work name in it is shown as typed
                Assert.Contains("[x] Apzina nepieciešamos ar konkrēta pakalpojuma", text);
                Assert.Contains("[ ] ", text);
                // Phase headings in capitals, Latvian letters included (without ICU's culture data).
                Assert.Contains(text.Split('\n'), line => line.Trim().Length > 5 && !line.Any(char.IsLower) && line.Any(c => "ĀČĒĢĪĶĻŅŠŪŽ".Contains(c)));
            })
            .AssertReply(reply => InvokeCard(reply))
            .StartTestAsync();
    }

    [Fact]
    public async Task MyChecklistsListsEveryNamedChecklist()
    {
        var bot = new TestBot();
        await bot.Flow()
            .Send(Execute("checklist.save", User, CurrentVersion(), "Akts A", ("duty.identify", true)))
            .AssertReply(reply => InvokeCard(reply))
            .Send(Execute("checklist.save", User, CurrentVersion(), "Akts B"))
            .AssertReply(reply => InvokeCard(reply))
            .Send("mani kontrolsaraksti")
            .AssertReply(reply =>
            {
                var content = TestActivities.Content(reply);
                Assert.Contains("Akts A", content);
                Assert.Contains("Akts B", content);
                Assert.Contains("Izpildīti 1 no 10", content);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task ClientsWithoutUniversalActionsSaveThroughTheSubmitFallback()
    {
        var bot = new TestBot();
        var invoke = Execute("checklist.save", User, CurrentVersion(), ticks: [("duty.amend", true)]);
        var submit = new Activity { Type = ActivityTypes.Message, Locale = "lv-LV", Value = ((JObject)invoke.Value)["action"]!["data"] };
        await bot.Flow()
            .Send(submit)
            .AssertReply(reply => Assert.Contains("Saglabāts", TestActivities.Content(reply)))
            .StartTestAsync();

        var progress = await bot.Checklists.GetAsync(User, Card, Role, "Noteikumi X", CancellationToken.None);
        Assert.Equal(["duty.amend"], progress!.Done);
    }
}
