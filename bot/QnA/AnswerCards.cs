using System.Runtime.CompilerServices;
using ChatAssistant.Bot.Turn;
using ChatAssistant.Cards;
using ChatAssistant.Knowledge.Answers;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ChatAssistant.Bot.QnA;

/// <summary>
/// Answer cards as replies. The card depends on nothing but the <see cref="Answer"/>, and the answer cache hands out
/// the same instance for a repeated question, so the card's JSON is built once per instance: building, converting
/// between the two JSON stacks and re-serializing a card cost more per turn than finding a cached answer.
/// </summary>
public static class AnswerCards
{
    // Keyed by reference and held only as long as the answer itself (the answer cache bounds how many live).
    private static readonly ConditionalWeakTable<Answer, string> Json = new();

    public static IMessageActivity Reply(Answer answer)
    {
        var json = Json.GetValue(answer, static a => Replies.WireJson(AnswerCardBuilder.Build(a)));
        // JRaw writes the text as it is, so the card is serialized once per answer.
        return Replies.Card(new JRaw(json), answer.Direct);
    }
}
