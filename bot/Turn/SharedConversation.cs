using Microsoft.Bot.Schema;

namespace ChatAssistant.Bot.Turn;

/// <summary>A channel or group chat: everything the bot says there is read by all its members.</summary>
public static class SharedConversation
{
    public static bool Is(IActivity activity) =>
        activity.Conversation?.ConversationType is "channel" or "groupChat" || activity.Conversation?.IsGroup == true;
}
