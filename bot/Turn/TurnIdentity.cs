using Microsoft.Bot.Builder;

namespace ChatAssistant.Bot.Turn;

/// <summary>
/// Who owns what a turn touches (tickets, "my tickets", reopening, checklists). Outside local mode that is the
/// sender's Entra object id, which Teams vouches for and which survives a change of the bot's identity (the
/// <c>29:</c> channel id is scoped to the bot app); in local mode, the channel account id. <see cref="TeamsTenantGate"/>
/// decides it for every turn that comes through the adapter; a turn it did not see (a hand-wired test adapter) is
/// treated as local mode.
/// </summary>
public static class TurnIdentity
{
    private const string Key = "ChatAssistant.OwnerId";

    internal static void Set(ITurnContext turn, string ownerId) => turn.TurnState[Key] = ownerId;

    public static string OwnerId(ITurnContext turn) =>
        turn.TurnState.TryGetValue(Key, out var owner) && owner is string id ? id : turn.Activity.From?.Id ?? "";
}
