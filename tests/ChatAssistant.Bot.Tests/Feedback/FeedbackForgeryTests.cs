using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ChatAssistant.Bot.Tests.Feedback;

/// <summary>
/// A vote's question and unit come from the card's payload, which anyone can write: through the real bot and the
/// SDK's adapter, a vote is stored only for an answer the bot sent the person voting, in that conversation.
/// </summary>
public sealed class FeedbackForgeryTests
{
    private const string Question = "kas izstrādā normatīvos aktus konkrētam pakalpojumam?";
    private const string Refusal = "nevarēju saglabāt";

    private static Activity Vote(System.Text.Json.Nodes.JsonObject payload, ChannelAccount? from = null) =>
        new() { Type = ActivityTypes.Message, Value = JObject.Parse(payload.ToJsonString()), Locale = "lv-LV", From = from };

    private static Activity Vote(string question, string? unit) => new()
    {
        Type = ActivityTypes.Message,
        Locale = "lv-LV",
        Value = new JObject { ["action"] = "feedback", ["v"] = 1, ["helpful"] = true, ["question"] = question, ["unit"] = unit, ["lang"] = "lv" },
    };

    [Fact]
    public async Task AVoteOnAnAnswerNeverGivenStoresNothing()
    {
        var bot = new TestBot();
        await bot.Flow()
            .Send(Vote("ko darīt ar izdomātu jautājumu?", "PU2-6:levels"))
            .AssertReply(reply => Assert.Contains(Refusal, reply.AsMessageActivity().Text))
            .StartTestAsync();
        Assert.Empty(await bot.Feedback.ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task AVoteWithAQuestionOrUnitOtherThanTheAnswersStoresNothing()
    {
        var bot = new TestBot();
        System.Text.Json.Nodes.JsonObject? payload = null;
        await bot.Flow()
            .Send(Question)
            .AssertReply(reply => payload = TestActivities.FeedbackPayload(reply, helpful: true))
            .StartTestAsync();
        var unit = (string?)payload!["unit"];
        Assert.NotNull(unit);

        // The same conversation (the adapter's default), the same person: only the question or the unit is changed.
        await bot.Flow()
            .Send(Vote(Question, unit))
            .AssertReply(reply => Assert.Contains("Paldies", reply.AsMessageActivity().Text))
            .Send(Vote("izdomāts jautājums", unit))
            .AssertReply(reply => Assert.Contains(Refusal, reply.AsMessageActivity().Text))
            .Send(Vote(Question, "PU2-6:levels"))
            .AssertReply(reply => Assert.Contains(Refusal, reply.AsMessageActivity().Text))
            .Send(Vote(Question, null))
            .AssertReply(reply => Assert.Contains(Refusal, reply.AsMessageActivity().Text))
            .StartTestAsync();

        var stored = Assert.Single(await bot.Feedback.ListAsync(CancellationToken.None));
        Assert.Equal(Question, stored.Question);
        Assert.Equal(unit, stored.UnitId);
    }

    [Fact]
    public async Task AVoteOnAnAnswerGivenToAnotherPersonStoresNothing()
    {
        var bot = new TestBot();
        System.Text.Json.Nodes.JsonObject? payload = null;
        await bot.Flow()
            .Send(Question)
            .AssertReply(reply => payload = TestActivities.FeedbackPayload(reply, helpful: false))
            .StartTestAsync();
        Assert.NotNull(payload);

        // Another member of the same conversation presses the first person's button.
        await bot.Flow()
            .Send(Vote(payload!, new ChannelAccount("user2", "Jānis")))
            .AssertReply(reply => Assert.Contains(Refusal, reply.AsMessageActivity().Text))
            .StartTestAsync();
        Assert.Empty(await bot.Feedback.ListAsync(CancellationToken.None));
        Assert.Empty(await bot.Unanswered.ListAsync(CancellationToken.None));
    }
}
