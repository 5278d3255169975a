using ChatAssistant.Bot.QnA;
using ChatAssistant.Knowledge.Answers;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ChatAssistant.Bot.Tests.QnA;

/// <summary>
/// An answer's card is built once an answer is handed out again (a cached answer), and the same card either way;
/// an answer seen once (a one-off question) leaves nothing behind.
/// </summary>
public class AnswerCardsTests
{
    [Fact]
    public void TheCardIsKeptFromTheSecondReplyWithTheSameAnswer()
    {
        var answer = new AnswerEngine(TestBot.SharedIndex.Value, cacheAnswers: false).Ask("kas izstrada normativos aktus konkretam pakalpojumam");

        var first = Card(AnswerCards.Reply(answer));
        Assert.False(AnswerCards.IsKept(answer));
        var second = Card(AnswerCards.Reply(answer));
        Assert.True(AnswerCards.IsKept(answer));
        var third = Card(AnswerCards.Reply(answer));

        Assert.Equal(first, second);
        Assert.Equal(first, third);
        Assert.Contains("AdaptiveCard", first, StringComparison.Ordinal);
    }

    [Fact]
    public void AOneOffAnswerIsNotKept()
    {
        var answer = new AnswerEngine(TestBot.SharedIndex.Value, cacheAnswers: false).Ask("kas ir resursa turētājs");

        AnswerCards.Reply(answer);

        Assert.False(AnswerCards.IsKept(answer));
    }

    private static string Card(IMessageActivity reply) => ((JToken)reply.Attachments[0].Content).ToString(Newtonsoft.Json.Formatting.None);
}

/// <summary>Many answers replied with in turn (the repeated questions of a busy day) all get their card kept.</summary>
public class AnswerCardsRotationTests
{
    [Fact]
    public void AnswersRepliedWithInTurnAreAllKept()
    {
        var engine = new AnswerEngine(TestBot.SharedIndex.Value, cacheAnswers: false);
        var answers = Enumerable.Range(0, 300).Select(i => engine.Ask($"kas izstrada normativos aktus {i}")).ToList();

        for (var round = 0; round < 3; round++)
        {
            foreach (var answer in answers) AnswerCards.Reply(answer);
        }

        Assert.All(answers, answer => Assert.True(AnswerCards.IsKept(answer)));
    }
}
