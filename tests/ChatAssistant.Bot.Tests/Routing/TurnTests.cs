using System.Text.Json;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace ChatAssistant.Bot.Tests.Routing;

/// <summary>Utterance → reply, table-driven from TestData/turns.json, through the SDK's TestAdapter.</summary>
public class TurnTests
{
    public sealed record Turn(string Name, string Locale, string Say, bool Card, string[] Contains, string[]? Excludes)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<Turn> Turns()
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "turns.json"));
        return new(System.Text.Json.JsonSerializer.Deserialize<Turn[]>(json, WebJson)!);
    }

    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    [Theory]
    [MemberData(nameof(Turns))]
    public async Task UtteranceGetsExpectedReply(Turn turn)
    {
        await new TestBot().Flow(turn.Locale)
            .Send(turn.Say)
            .AssertReply(reply =>
            {
                var content = TestActivities.Content(reply);
                Assert.Equal(turn.Card, reply.AsMessageActivity().Attachments?.Count > 0);
                foreach (var expected in turn.Contains) Assert.Contains(expected, content);
                foreach (var unexpected in turn.Excludes ?? []) Assert.DoesNotContain(unexpected, content);
            })
            .StartTestAsync();
    }

    /// <summary>The reply's text and card JSON together, so one check reads both.</summary>
}
