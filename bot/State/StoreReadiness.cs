using Azure;
using Azure.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Bot.State;

/// <summary>
/// Whether the configured store answers: Azure Storage when it is configured (the state container and every table
/// can be read with the bot's credential), otherwise the SQLite file (it opens and answers a query). The SQLite file
/// is not touched when the state is in Azure Storage.
/// </summary>
public sealed partial class StoreReadiness(IServiceProvider services, IOptions<StorageOptions> options, ILogger<StoreReadiness> logger)
{
    /// <summary>Null when the store is ready; otherwise a short reason fit for an unauthenticated response (never an exception text).</summary>
    public async Task<string?> ProblemAsync(CancellationToken cancellationToken)
    {
        if (options.Value.UsesAzure)
        {
            try
            {
                await AzureStorageProbe.CheckAsync(services.GetRequiredService<AzureStorageClients>(), cancellationToken);
                return null;
            }
            catch (Exception e) when (e is RequestFailedException or AuthenticationFailedException or CredentialUnavailableException or InvalidOperationException)
            {
                LogAzureUnavailable(e);
                return "store unavailable";
            }
        }
        try
        {
            // Resolved here: the database is created on first use, and that can be what fails.
            var database = services.GetRequiredService<SqliteDatabase>();
            using var connection = database.OpenUnpooled();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1;";
            command.ExecuteScalar();
            return null;
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            LogSqliteUnavailable(e);
            return "store unavailable";
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Readiness check could not read the Azure Storage container and tables")]
    private partial void LogAzureUnavailable(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Readiness check could not open the SQLite store")]
    private partial void LogSqliteUnavailable(Exception exception);
}
