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
/// between the two JSON stacks and re-serializing a card cost more per turn than finding a cached answer. Only an
/// answer seen a second time is remembered: most answers are to one-off questions, and attaching a card to each took
/// the table's lock (5% of the bot's samples under distinct questions waited on it) and a GC handle per turn.
/// </summary>
public static class AnswerCards
{
    // Keyed by reference and held only as long as the answer itself (the answer cache bounds how many live).
    private static readonly ConditionalWeakTable<Answer, string> Json = new();

    // Answers seen once, two candidate slots each (so that two answers sharing a slot do not keep pushing each other
    // out, and never get kept); one seen again is worth its card's place in the table.
    private static readonly Answer?[] SeenOnce = new Answer?[4096];

    public static IMessageActivity Reply(Answer answer)
    {
        if (!Json.TryGetValue(answer, out var json))
        {
            json = Replies.WireJson(AnswerCardBuilder.Build(answer));
            var hash = RuntimeHelpers.GetHashCode(answer);
            ref var first = ref SeenOnce[hash & (SeenOnce.Length - 1)];
            ref var second = ref SeenOnce[(hash >> 12) & (SeenOnce.Length - 1)];
            if (ReferenceEquals(Volatile.Read(ref first), answer) || ReferenceEquals(Volatile.Read(ref second), answer)) Json.TryAdd(answer, json);
            else if (Interlocked.CompareExchange(ref first, answer, null) is not null) Volatile.Write(ref second, answer);
        }
        // JRaw writes the text as it is, so the card is serialized once per answer.
        return Replies.Card(new JRaw(json), answer.Direct);
    }

    /// <summary>Whether the card of <paramref name="answer"/> is kept (tests).</summary>
    internal static bool IsKept(Answer answer) => Json.TryGetValue(answer, out _);
}
