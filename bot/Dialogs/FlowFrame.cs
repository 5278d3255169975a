namespace ChatAssistant.Bot.Dialogs;

/// <summary>One active flow on a conversation's stack, with the small state it keeps between turns.</summary>
public sealed class FlowFrame
{
    public string Flow { get; set; } = "";
    public Dictionary<string, string> Values { get; set; } = [];
}

/// <summary>The conversation's stack of active flows, kept in ConversationState.</summary>
public sealed class DialogStackState
{
    public List<FlowFrame> Frames { get; set; } = [];
}
