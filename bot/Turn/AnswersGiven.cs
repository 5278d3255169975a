using System.Security.Cryptography;
using System.Text;
using Microsoft.Bot.Builder;

namespace ChatAssistant.Bot.Turn;

/// <summary>
/// The answer cards the bot sent in a conversation, and to whom, so that a "helpful / not helpful" vote is taken only
/// for an answer the bot really gave the person voting: the vote's question and unit come from the card's payload,
/// which anyone can forge. QnA records an answer when it sends its card; Feedback asks before it stores a vote. The
/// card itself is cached and shared by everyone who asks the same question, so nothing of the person can go in it.
/// Kept in conversation state as one short string: a hash of (owner, question, unit) per answer, the newest
/// <see cref="Capacity"/> answers, so a long question costs the state nothing and the state holds no question text.
/// </summary>
public sealed class AnswersGiven(ConversationState conversationState)
{
    /// <summary>How many recent answers of a conversation can still be voted on.</summary>
    public const int Capacity = 20;

    private readonly IStatePropertyAccessor<string> property = conversationState.CreateProperty<string>("answersGiven");

    /// <summary>Records that the turn's owner (<see cref="TurnIdentity.OwnerId"/>) was sent the answer to <paramref name="question"/> from <paramref name="unitId"/>.</summary>
    public async Task RecordAsync(ITurnContext turn, string question, string? unitId, CancellationToken cancellationToken)
    {
        var key = Key(TurnIdentity.OwnerId(turn), question, unitId);
        var given = (await property.GetAsync(turn, () => "", cancellationToken)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kept = given.Where(k => k != key).TakeLast(Capacity - 1).Append(key);
        await property.SetAsync(turn, string.Join(' ', kept), cancellationToken);
    }

    /// <summary>Whether the turn's owner was sent the answer to <paramref name="question"/> from <paramref name="unitId"/> in this conversation.</summary>
    public async Task<bool> WasGivenAsync(ITurnContext turn, string question, string? unitId, CancellationToken cancellationToken)
    {
        var key = Key(TurnIdentity.OwnerId(turn), question, unitId);
        var given = await property.GetAsync(turn, () => "", cancellationToken);
        return given.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(key, StringComparer.Ordinal);
    }

    /// <summary>Each part length-prefixed, so no two different triples hash the same text; a missing unit differs from an empty one.</summary>
    private static string Key(string owner, string question, string? unitId)
    {
        var text = $"{owner.Length}:{owner}|{question.Length}:{question}|{(unitId is null ? "-" : unitId.Length + ":" + unitId)}";
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return Convert.ToBase64String(hash[..16]);
    }
}
