namespace ChatAssistant.Knowledge.Understanding;

/// <summary>What a message asks of the assistant when it is not a question about the card.</summary>
public enum IntentKind
{
    Greeting,
    Thanks,
    Goodbye,
    WhoAreYou,
    Capabilities,
    Checklist,
    MyChecklists,
    MyTickets,
    Escalate,
}

/// <summary>
/// Small talk or a request for one of the bot's features, found anywhere in an ordinary sentence.
/// <see cref="Role"/> is the role a checklist request names, when it names one.
/// </summary>
public sealed record ChatIntent(IntentKind Kind, string? Role = null)
{
    public bool IsSmallTalk => Kind is IntentKind.Greeting or IntentKind.Thanks or IntentKind.Goodbye or IntentKind.WhoAreYou or IntentKind.Capabilities;

    /// <summary>A stable id in the answer-unit namespace, e.g. "smalltalk:thanks" or "feature:checklist:service-owner".</summary>
    public string Id => Kind switch
    {
        IntentKind.Greeting => "smalltalk:greeting",
        IntentKind.Thanks => "smalltalk:thanks",
        IntentKind.Goodbye => "smalltalk:goodbye",
        IntentKind.WhoAreYou => "smalltalk:who",
        IntentKind.Capabilities => "smalltalk:capabilities",
        IntentKind.Checklist => Role is null ? "feature:checklist" : $"feature:checklist:{Role}",
        IntentKind.MyChecklists => "feature:my-checklists",
        IntentKind.MyTickets => "feature:my-tickets",
        _ => "feature:escalate",
    };
}
