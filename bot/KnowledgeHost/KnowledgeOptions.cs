namespace ChatAssistant.Bot.KnowledgeHost;

public sealed class KnowledgeOptions
{
    public const string Section = "Knowledge";

    /// <summary>The content folder. Empty: the repository's knowledge/content, else the copy shipped with the bot.</summary>
    public string? ContentPath { get; set; }

    /// <summary>Rebuild the index when a content file changes, without a restart.</summary>
    public bool WatchForChanges { get; set; } = true;

    /// <summary>Below this confidence the assistant says it does not know and offers escalation.</summary>
    public double ConfidenceThreshold { get; set; } = ChatAssistant.Knowledge.Answers.AnswerEngine.DefaultThreshold;
}
