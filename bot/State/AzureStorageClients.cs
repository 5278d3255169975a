using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Bot.State;

/// <summary>The container and tables named in <see cref="StorageOptions"/>, on the account its connection string names.</summary>
public sealed class AzureStorageClients
{
    public AzureStorageClients(IOptions<StorageOptions> options)
    {
        var storage = options.Value;
        if (!storage.UsesAzure) throw new InvalidOperationException($"{StorageOptions.Section}:{nameof(StorageOptions.AzureConnectionString)} is not set.");
        StateContainer = new BlobContainerClient(storage.AzureConnectionString, storage.BlobContainer);
        var tables = new TableServiceClient(storage.AzureConnectionString);
        Checklists = tables.GetTableClient(storage.ChecklistTable);
        Tickets = tables.GetTableClient(storage.TicketTable);
        Feedback = tables.GetTableClient(storage.FeedbackTable);
        Unanswered = tables.GetTableClient(storage.UnansweredTable);
    }

    public BlobContainerClient StateContainer { get; }
    public TableClient Checklists { get; }
    public TableClient Tickets { get; }
    public TableClient Feedback { get; }
    public TableClient Unanswered { get; }
}
