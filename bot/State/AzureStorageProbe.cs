using Azure.Data.Tables;

namespace ChatAssistant.Bot.State;

/// <summary>
/// One cheap read of the state container and of every table, with the rights the bot has at run time (data roles on
/// those resources, no account-wide listing): it throws what the storage service or the credential answered.
/// </summary>
public static class AzureStorageProbe
{
    public static async Task CheckAsync(AzureStorageClients clients, CancellationToken cancellationToken)
    {
        await clients.StateContainer.GetPropertiesAsync(cancellationToken: cancellationToken);
        foreach (var table in clients.Tables)
        {
            await foreach (var _ in table.QueryAsync<TableEntity>(maxPerPage: 1, select: ["PartitionKey"], cancellationToken: cancellationToken).AsPages(pageSizeHint: 1))
            {
                break;
            }
        }
    }
}
