namespace ChatAssistant.Bot.State;

/// <summary>
/// Where state lives: the embedded SQLite file by default (one machine with a local disk), Azure Storage when several
/// instances share it or the bot runs on App Service. Azure Storage is reached either with a connection string
/// (local use and Azurite) or keyless, through the service endpoints and a Microsoft Entra credential.
/// </summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Path of the SQLite file; relative paths are under the app's content root.</summary>
    public string SqlitePath { get; set; } = "data/chatassistant.db";

    /// <summary>
    /// When set, conversation and user state go to Azure Blob storage, and checklists, tickets and feedback votes to
    /// Azure Table storage, instead of SQLite, so that several instances of the bot can serve one conversation.
    /// <c>UseDevelopmentStorage=true</c> means a local Azurite. It carries the account key: for local use only; a
    /// deployment uses <see cref="BlobServiceUri"/> and <see cref="TableServiceUri"/> instead.
    /// </summary>
    public string? AzureConnectionString { get; set; }

    /// <summary>
    /// Keyless Azure Storage: the Blob service endpoint, e.g. https://account.blob.core.windows.net/. Set together
    /// with <see cref="TableServiceUri"/>; the clients then send a Microsoft Entra token (see
    /// <see cref="ManagedIdentityClientId"/>) and no account key, so the account can refuse shared-key access.
    /// </summary>
    public Uri? BlobServiceUri { get; set; }

    /// <summary>Keyless Azure Storage: the Table service endpoint, e.g. https://account.table.core.windows.net/.</summary>
    public Uri? TableServiceUri { get; set; }

    /// <summary>
    /// With the service endpoints: the client ID of the user-assigned managed identity whose token the storage
    /// clients send. Unset: the default Azure credential chain (a developer's Azure sign-in, workload identity or a
    /// system-assigned identity).
    /// </summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>
    /// Conversation and user state (the last question asked, the answers given, an unfinished form) is deleted this
    /// many days after a turn last wrote it.
    /// </summary>
    public int StateRetentionDays { get; set; } = 90;

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

    /// <summary>The table of how often each answer was given (the compose box's "most asked").</summary>
    public string AnswerCountTable { get; set; } = "chatassistantAnswerCounts";

    /// <summary>Azure Storage through a connection string (which holds the account key).</summary>
    public bool UsesConnectionString => !string.IsNullOrWhiteSpace(AzureConnectionString);

    /// <summary>Azure Storage through its service endpoints and a Microsoft Entra credential, without a key.</summary>
    public bool UsesServiceUris => IsSet(BlobServiceUri) || IsSet(TableServiceUri);

    public bool UsesAzure => UsesConnectionString || UsesServiceUris;

    // An empty setting binds to an empty relative Uri, not to null: it means "not set".
    private static bool IsSet(Uri? uri) => uri is not null && uri.OriginalString.Trim().Length > 0;
}
