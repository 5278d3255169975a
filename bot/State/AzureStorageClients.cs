using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Bot.State;

/// <summary>
/// The container and tables named in <see cref="StorageOptions"/>: on the account its connection string names, or,
/// keyless, at its service endpoints with a Microsoft Entra credential (<see cref="StorageCredential"/>).
/// </summary>
public sealed class AzureStorageClients
{
    public AzureStorageClients(IOptions<StorageOptions> options)
        : this(options.Value, options.Value.UsesServiceUris ? StorageCredential.For(options.Value) : null)
    {
    }

    /// <param name="storage">The options.</param>
    /// <param name="credential">The token credential for the keyless path; unused with a connection string.</param>
    public AzureStorageClients(StorageOptions storage, TokenCredential? credential)
    {
        BlobServiceClient blobs;
        TableServiceClient tables;
        if (storage.UsesServiceUris)
        {
            if (credential is null) throw new ArgumentNullException(nameof(credential), "Keyless Azure Storage needs a token credential.");
            blobs = new BlobServiceClient(storage.BlobServiceUri, credential);
            tables = new TableServiceClient(storage.TableServiceUri, credential);
            IsKeyless = true;
        }
        else if (storage.UsesConnectionString)
        {
            blobs = new BlobServiceClient(storage.AzureConnectionString);
            tables = new TableServiceClient(storage.AzureConnectionString);
        }
        else
        {
            throw new InvalidOperationException(
                $"Neither {StorageOptions.Section}:{nameof(StorageOptions.AzureConnectionString)} nor {StorageOptions.Section}:{nameof(StorageOptions.BlobServiceUri)} and {nameof(StorageOptions.TableServiceUri)} are set.");
        }
        StateContainer = blobs.GetBlobContainerClient(storage.BlobContainer);
        Checklists = tables.GetTableClient(storage.ChecklistTable);
        Tickets = tables.GetTableClient(storage.TicketTable);
        Feedback = tables.GetTableClient(storage.FeedbackTable);
        Unanswered = tables.GetTableClient(storage.UnansweredTable);
        AnswerCounts = tables.GetTableClient(storage.AnswerCountTable);
    }

    /// <summary>True when the clients authenticate with a token and hold no account key.</summary>
    public bool IsKeyless { get; }

    public BlobContainerClient StateContainer { get; }
    public TableClient Checklists { get; }
    public TableClient Tickets { get; }
    public TableClient Feedback { get; }
    public TableClient Unanswered { get; }
    public TableClient AnswerCounts { get; }

    /// <summary>Every table, in the order they are created.</summary>
    public IEnumerable<TableClient> Tables => [Checklists, Tickets, Feedback, Unanswered, AnswerCounts];
}
