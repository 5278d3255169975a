namespace ChatAssistant.Bot.State;

/// <summary>Where the embedded database lives. Conversations, checklists and feedback survive a restart in it.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Path of the SQLite file; relative paths are under the app's content root.</summary>
    public string SqlitePath { get; set; } = "data/chatassistant.db";
}
