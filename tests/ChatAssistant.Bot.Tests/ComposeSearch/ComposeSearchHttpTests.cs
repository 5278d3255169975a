using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using ChatAssistant.Bot.ComposeSearch;
using ChatAssistant.Cards.ComposeSearch;
using ChatAssistant.Cards.Strings;
using ChatAssistant.Cards.Tests.Schema;
using Microsoft.Data.Sqlite;

namespace ChatAssistant.Bot.Tests.ComposeSearch;

/// <summary>
/// The compose box's search as Teams sends it: composeExtension/query invokes posted to /api/messages through the whole
/// host and the real adapter. The answers are compared with what the chat answers to the same question, so the tests
/// show that both come from one engine without restating its answers.
/// </summary>
public sealed class ComposeSearchHttpTests : IAsyncLifetime
{
    private const string LatvianQuestion = "Kas izstrādā normatīvos aktus konkrētam pakalpojumam?";
    private const string EnglishQuestion = "Who is responsible for drafting a service-specific act?";
    private const string OutOfScope = "Kā pieteikties jaunai pasei?";

    private readonly BotApplicationFactory factory = new();
    private HttpClient client = null!;

    public Task InitializeAsync()
    {
        client = factory.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await factory.DisposeAsync();
    }

    [Theory]
    [InlineData(LatvianQuestion, "lv-LV", "Avots")]
    [InlineData(EnglishQuestion, "lv-LV", "Source")] // the language of the question, not of the Teams client
    public async Task AQuestionFindsTheChatsAnswerAsAPlainPreviewAndACitedCardWithoutButtons(string question, string locale, string sourceLabel)
    {
        var chat = await ChatCardAsync(question, locale);

        var results = await QueryAsync(question, locale);

        Assert.Equal("result", (string?)results["composeExtension"]!["type"]);
        var first = Attachments(results)[0]!;
        var preview = first["preview"]!;
        Assert.Equal("application/vnd.microsoft.card.thumbnail", (string?)preview["contentType"]);
        Assert.Equal(Texts(chat)[0], (string?)preview["content"]!["title"]);
        Assert.StartsWith(Texts(chat)[1][..40], (string?)preview["content"]!["text"], StringComparison.Ordinal);

        var card = first["content"]!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)first["contentType"]);
        Assert.Equal(Texts(chat)[..2], Texts(card)[..2]);
        var source = Texts(chat).Single(t => t.StartsWith(sourceLabel + ":", StringComparison.Ordinal));
        Assert.Contains(source, Texts(card)); // the same citation as in the chat
        AssertShareable(card);
    }

    [Theory]
    [InlineData("normatīvie akti")]
    [InlineData("soļi")]
    public async Task AShortQueryGivesTheAnswerThenItsCloseRunnersUpEachTitleOnce(string query)
    {
        var chat = await ChatCardAsync(query);

        var results = Attachments(await QueryAsync(query));

        Assert.InRange(results.Count, 2, new ComposeSearchOptions().MaxResults);
        var titles = results.Select(r => (string?)r!["preview"]!["content"]!["title"]).ToList();
        Assert.Equal(Texts(chat)[0], titles[0]);
        Assert.Equal(titles.Count, titles.Distinct().Count());
        Assert.All(results, r => AssertShareable(r!["content"]!));
    }

    [Fact]
    public async Task ARolesDutiesUnderItsOneTitleAreOneResult()
    {
        var results = Attachments(await QueryAsync("Kas ir pakalpojumu kopuma vadītājs?"));

        var titles = results.Select(r => (string?)r!["preview"]!["content"]!["title"]).ToList();
        Assert.Equal(titles.Count, titles.Distinct().Count());
    }

    [Fact]
    public async Task AnEmptyQueryShowsTheAnswersPeopleGotMostOftenThenTheExamples()
    {
        var before = Titles(await InitialRunAsync());
        Assert.NotEmpty(before); // the example questions' answers, while nobody has asked anything

        var asked = "Kas ir pakalpojumu kopuma vadītājs?";
        var title = Texts(await ChatCardAsync(asked))[0];
        Assert.DoesNotContain(title, before);
        await ChatCardAsync(asked, from: "29:someone-else");

        var after = Titles(await InitialRunAsync());
        Assert.Equal(title, after[0]);
        Assert.Equal(before.Take(after.Count - 1), after.Skip(1)); // the examples fill the rest
        Assert.All(Attachments(await InitialRunAsync()), r => AssertShareable(r!["content"]!));

        // Counted by answer only: nothing of the question or the person is stored.
        var stored = await StoredCountsAsync();
        Assert.Equal([("PU2-6:role:service-portfolio-owner", 2L)], stored);
    }

    [Fact]
    public async Task AnEmptyQueryIsAnsweredInTheClientsLanguage()
    {
        var latvian = Titles(await InitialRunAsync("lv-LV"));
        var english = Titles(await InitialRunAsync("en-US"));

        Assert.Equal(latvian.Count, english.Count);
        Assert.NotEqual(latvian, english);
        Assert.Equal(Texts(await ChatCardAsync(EnglishQuestion, "en-US"))[0], english[0]);
    }

    [Theory]
    [InlineData(OutOfScope, "lv-LV")]
    [InlineData("How do I renew my passport?", "lv-LV")]
    [InlineData("sveiki!", "lv-LV")] // small talk has no answer to insert either
    public async Task AQuestionTheCardsDoNotAnswerGivesOneResultThatSaysSoAndHowToAskVaram(string question, string locale)
    {
        var result = Assert.Single(Attachments(await QueryAsync(question, locale)))!;

        var language = question.StartsWith("How", StringComparison.Ordinal) ? Knowledge.Model.Language.En : Knowledge.Model.Language.Lv;
        Assert.Equal(ComposeSearchText.NotAnsweredTitle.In(language), (string?)result["preview"]!["content"]!["title"]);
        var card = result["content"]!;
        Assert.Contains(ComposeSearchText.NotAnswered.In(language), Texts(card));
        Assert.Contains(question, RunTexts(card).Single(), StringComparison.Ordinal); // the question, so readers know what was not answered
        AssertShareable(card);
    }

    [Fact]
    public async Task AHostileQueryIsCutAndShownAsTextNeverAsALink()
    {
        var hostile = "[Atvērt](https://evil.example) **steidzami** \u202Egnp.exe " + string.Concat(Enumerable.Repeat("ļoti garš teksts ", 2000));

        var response = await PostQueryAsync(Query("searchAnswers", ("query", hostile)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(Encoding.UTF8.GetByteCount(body) < Cards.CardBudget.MaxBytes, $"{Encoding.UTF8.GetByteCount(body)} bytes");
        var card = Assert.Single(Attachments(JsonNode.Parse(body)!))!["content"]!;
        Assert.All(Texts(card), t => Assert.DoesNotContain("](https://evil.example", t, StringComparison.Ordinal));
        var shown = RunTexts(card).Single();
        Assert.Contains("[Atvērt](https://evil.example)", shown, StringComparison.Ordinal); // as typed, in a TextRun, which renders no markdown
        Assert.DoesNotContain('\u202E', shown);
        Assert.InRange(shown.Length, 1, SharedAnswerCardBuilder.MaxQuestionChars + 1);
        AssertShareable(card);
    }

    [Theory]
    [InlineData("""{ "commandId": "searchAnswers" }""")]
    [InlineData("""{ "commandId": "searchAnswers", "parameters": [] }""")]
    [InlineData("""{ "commandId": "searchAnswers", "parameters": [{ "name": "query", "value": { "a": [1, 2] } }] }""")]
    [InlineData("""{ "commandId": "searchAnswers", "parameters": [{ "name": "query", "value": 42 }] }""")]
    [InlineData("""{ "commandId": "searchAnswers", "parameters": [null, { "name": "query" }] }""")]
    [InlineData("""null""")]
    public async Task AMalformedQueryStillGetsAValidResultList(string value)
    {
        var invoke = Query("searchAnswers");
        invoke["value"] = JsonNode.Parse(value);

        var response = await PostQueryAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Contains((string?)body["composeExtension"]!["type"], new[] { "result", "message" });
    }

    [Theory]
    [InlineData("""[1, 2, 3]""")]
    [InlineData("\"kas izstrādā aktus?\"")]
    public async Task AQueryThatIsNoObjectIsABadRequestNotAServerError(string value)
    {
        var invoke = Query("searchAnswers");
        invoke["value"] = JsonNode.Parse(value);

        var response = await PostQueryAsync(invoke);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task AnyCommandIdAndParameterNameSearchesAsTheManifestsCommandDoes()
    {
        // The Agents Playground lets its user type both; Teams sends the manifest's.
        var expected = Titles(await QueryAsync(LatvianQuestion));

        var other = Titles(JsonNode.Parse(await (await PostQueryAsync(Query("anotherCommand", ("searchText", LatvianQuestion)))).Content.ReadAsStringAsync())!);

        Assert.Equal(expected, other);
    }

    [Fact]
    public async Task AnInsertedCardSentInThePersonalChatIsNoQuestionToTheBot()
    {
        var card = Attachments(await QueryAsync(LatvianQuestion))[0]!["content"]!.DeepClone();
        var sent = TestActivities.Message("<span class=\"inline-compose-card\" itemid=\"0\" itemtype=\"http://schema.skype.com/InputExtension\"></span>");
        sent["attachments"] = new JsonArray(new JsonObject { ["contentType"] = "application/vnd.microsoft.card.adaptive", ["content"] = card });

        var response = await client.PostAsJsonAsync("/api/messages", sent);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["activities"]!.AsArray());
        Assert.NotEmpty((await ChatCardAsync(LatvianQuestion))["body"]!.AsArray()); // the same chat still answers a question
    }

    [Fact]
    public async Task ASearchOverTheRateLimitGetsAMessageInThePanelNotAnError()
    {
        await using var limited = BotApplicationFactory.With(new Dictionary<string, string?> { ["RateLimit:BurstLimit"] = "1", ["RateLimit:TurnsPerMinute"] = "1" });
        using var limitedClient = limited.CreateClient();

        var first = await limitedClient.PostAsJsonAsync("/api/messages", Query("searchAnswers", ("query", LatvianQuestion)));
        var second = await limitedClient.PostAsJsonAsync("/api/messages", Query("searchAnswers", ("query", LatvianQuestion)));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var panel = JsonNode.Parse(await second.Content.ReadAsStringAsync())!["composeExtension"]!;
        Assert.Equal("message", (string?)panel["type"]);
        Assert.Equal(TurnText.TooFast.In(Knowledge.Model.Language.Lv), (string?)panel["text"]);
    }

    /// <summary>What anyone in the chat can read: a valid Adaptive Card 1.5, with no buttons that would act for whoever pressed them.</summary>
    private static void AssertShareable(JsonNode card)
    {
        var violations = AdaptiveCardSchema.Violations(TeamsExtensions.Without(card.AsObject()));
        Assert.True(violations.Count == 0, AdaptiveCardSchema.Describe(violations));
        Assert.DoesNotContain("Action.", card.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain(FeedbackText.WasThisHelpful.In(Knowledge.Model.Language.Lv), card.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain(FeedbackText.WasThisHelpful.In(Knowledge.Model.Language.En), card.ToJsonString(), StringComparison.Ordinal);
    }

    private static JsonObject Query(string commandId, params (string Name, string Value)[] parameters)
    {
        var invoke = TestActivities.Message("", conversationType: "groupChat");
        invoke["type"] = "invoke";
        invoke["name"] = "composeExtension/query";
        invoke.Remove("deliveryMode");
        invoke.Remove("text");
        invoke["value"] = new JsonObject
        {
            ["commandId"] = commandId,
            ["parameters"] = new JsonArray([.. parameters.Select(p => (JsonNode)new JsonObject { ["name"] = p.Name, ["value"] = p.Value })]),
            ["queryOptions"] = new JsonObject { ["skip"] = 0, ["count"] = 25 },
        };
        return invoke;
    }

    private Task<HttpResponseMessage> PostQueryAsync(JsonObject invoke) => client.PostAsJsonAsync("/api/messages", invoke);

    private async Task<JsonNode> QueryAsync(string text, string locale = "lv-LV")
    {
        var invoke = Query("searchAnswers", ("query", text));
        invoke["locale"] = locale;
        var response = await PostQueryAsync(invoke);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    /// <summary>The search opening with nothing typed, as Teams sends it for a command with initialRun.</summary>
    private async Task<JsonNode> InitialRunAsync(string locale = "lv-LV")
    {
        var invoke = Query("searchAnswers", (ComposeSearchChat.InitialRunParameter, "true"));
        invoke["locale"] = locale;
        return JsonNode.Parse(await (await PostQueryAsync(invoke)).Content.ReadAsStringAsync())!;
    }

    /// <summary>The answer card the chat replies with to <paramref name="question"/>, in a personal chat.</summary>
    private async Task<JsonNode> ChatCardAsync(string question, string locale = "lv-LV", string from = "29:asker")
    {
        var ask = TestActivities.Message(question, locale);
        ask["from"] = new JsonObject { ["id"] = from, ["name"] = "Ilze" };
        var replies = JsonNode.Parse(await (await client.PostAsJsonAsync("/api/messages", ask)).Content.ReadAsStringAsync())!;
        return replies["activities"]![0]!["attachments"]![0]!["content"]!;
    }

    private static JsonArray Attachments(JsonNode results) => results["composeExtension"]!["attachments"]!.AsArray();

    private static List<string> Titles(JsonNode results) =>
        [.. Attachments(results).Select(r => (string)r!["preview"]!["content"]!["title"]!)];

    /// <summary>The card's TextBlock texts, in order.</summary>
    private static List<string> Texts(JsonNode card) =>
        [.. card["body"]!.AsArray().Where(n => (string?)n!["type"] == "TextBlock").Select(n => (string)n!["text"]!)];

    /// <summary>The texts of the card's TextRuns that hold what a person typed (after any bold label).</summary>
    private static List<string> RunTexts(JsonNode card) =>
        [.. card["body"]!.AsArray().Where(n => (string?)n!["type"] == "RichTextBlock")
            .Select(n => (string)n!["inlines"]!.AsArray().Last()!["text"]!)];

    private async Task<List<(string, long)>> StoredCountsAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={factory.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM answer_counts";
        await using var reader = await command.ExecuteReaderAsync();
        Assert.Equal(["unit_id", "count", "last_at"], Enumerable.Range(0, reader.FieldCount).Select(reader.GetName));
        var rows = new List<(string, long)>();
        while (await reader.ReadAsync()) rows.Add((reader.GetString(0), reader.GetInt64(1)));
        return rows;
    }
}
