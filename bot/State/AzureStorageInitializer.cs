using Microsoft.Extensions.Options;

namespace ChatAssistant.Bot.State;

/// <summary>
/// With Azure Storage configured, makes sure of the state container and the tables before the bot takes requests.
/// With a connection string it creates them. Keyless, it only checks that they answer: the deployment creates them,
/// and the managed identity holds data roles on those resources alone, not the account-wide right to create tables.
/// If the account cannot be reached, says so once, clearly, and stops start-up rather than failing every turn later.
/// </summary>
public sealed partial class AzureStorageInitializer(IServiceProvider services, IOptions<StorageOptions> options, ILogger<AzureStorageInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var storage = options.Value;
        if (!storage.UsesAzure) return;
        var setting = storage.UsesServiceUris
            ? $"{StorageOptions.Section}:{nameof(StorageOptions.BlobServiceUri)} and {nameof(StorageOptions.TableServiceUri)}"
            : $"{StorageOptions.Section}:{nameof(StorageOptions.AzureConnectionString)}";
        try
        {
            var clients = services.GetRequiredService<AzureStorageClients>();
            if (clients.IsKeyless)
            {
                await AzureStorageProbe.CheckAsync(clients, cancellationToken);
            }
            else
            {
                await clients.StateContainer.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
                foreach (var table in clients.Tables) await table.CreateIfNotExistsAsync(cancellationToken);
            }
            LogReady(clients.IsKeyless ? "a Microsoft Entra token" : "a connection string", clients.StateContainer.Uri,
                clients.Checklists.Name, clients.Tickets.Name, clients.Feedback.Name, clients.Unanswered.Name);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A connection string holds the account key: only the failure itself is logged.
            LogUnreachable(e, setting, e.Message);
            throw;
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "State on Azure Storage through {Authentication}: blobs in {Container}, checklists in table {ChecklistTable}, tickets in table {TicketTable}, feedback in table {FeedbackTable}, unanswered questions in table {UnansweredTable}")]
    private partial void LogReady(string authentication, Uri container, string checklistTable, string ticketTable, string feedbackTable, string unansweredTable);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Azure Storage ({Setting}) could not be reached or set up; the bot will not start: {Reason}")]
    private partial void LogUnreachable(Exception exception, string setting, string reason);
}
