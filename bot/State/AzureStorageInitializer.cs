using Microsoft.Extensions.Options;

namespace ChatAssistant.Bot.State;

/// <summary>
/// With Azure Storage configured, creates the state container and the tables before the bot takes requests. If the
/// account cannot be reached, says so once, clearly, and stops start-up rather than failing every turn later.
/// </summary>
public sealed partial class AzureStorageInitializer(IServiceProvider services, IOptions<StorageOptions> options, ILogger<AzureStorageInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.UsesAzure) return;
        try
        {
            var clients = services.GetRequiredService<AzureStorageClients>();
            await clients.StateContainer.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            await clients.Checklists.CreateIfNotExistsAsync(cancellationToken);
            await clients.Tickets.CreateIfNotExistsAsync(cancellationToken);
            await clients.Feedback.CreateIfNotExistsAsync(cancellationToken);
            await clients.Unanswered.CreateIfNotExistsAsync(cancellationToken);
            LogReady(clients.StateContainer.Uri, clients.Checklists.Name, clients.Tickets.Name, clients.Feedback.Name, clients.Unanswered.Name);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The connection string holds the account key: only the failure itself is logged.
            LogUnreachable(e, StorageOptions.Section, e.Message);
            throw;
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "State on Azure Storage: blobs in {Container}, checklists in table {ChecklistTable}, tickets in table {TicketTable}, feedback in table {FeedbackTable}, unanswered questions in table {UnansweredTable}")]
    private partial void LogReady(Uri container, string checklistTable, string ticketTable, string feedbackTable, string unansweredTable);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Azure Storage ({Section}:AzureConnectionString) could not be reached or set up; the bot will not start: {Reason}")]
    private partial void LogUnreachable(Exception exception, string section, string reason);
}
