namespace ChatAssistant.Bot.State;

/// <summary>Where state lives: the embedded SQLite file by default, Azure Storage when several instances share it.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Path of the SQLite file; relative paths are under the app's content root.</summary>
    public string SqlitePath { get; set; } = "data/chatassistant.db";

    /// <summary>
    /// When set, conversation and user state go to Azure Blob storage, and checklists, tickets and feedback votes to
    /// Azure Table storage, instead of SQLite, so that several instances of the bot can serve one conversation.
    /// <c>UseDevelopmentStorage=true</c> means a local Azurite.
    /// </summary>
    public string? AzureConnectionString { get; set; }

    /// <summary>The blob container for conversation and user state.</summary>
    public string BlobContainer { get; set; } = "botstate";

    /// <summary>The table for checklist progress.</summary>
    public string ChecklistTable { get; set; } = "chatassistantChecklists";

    /// <summary>The table for escalation tickets, their per-year counters and their submission index.</summary>
    public string TicketTable { get; set; } = "chatassistantTickets";

    /// <summary>The table for the answers' "helpful / not helpful" votes.</summary>
    public string FeedbackTable { get; set; } = "chatassistantFeedback";

    /// <summary>The table for the unanswered-questions report.</summary>
    public string UnansweredTable { get; set; } = "chatassistantUnanswered";

    public bool UsesAzure => !string.IsNullOrWhiteSpace(AzureConnectionString);
}
