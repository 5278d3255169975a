using Azure;
using Azure.Data.Tables;

namespace ChatAssistant.Bot.State;

/// <summary>The retention jobs' delete on Azure Table storage: every entity whose time (in UTC ticks) is before the cutoff.</summary>
public static class TableRetention
{
    public static async Task<int> DeleteOlderThanAsync(TableClient table, string ticksProperty, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var deleted = 0;
        var ticks = cutoff.UtcTicks;
        await foreach (var entity in table.QueryAsync<TableEntity>(e => e.GetInt64(ticksProperty) < ticks, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            await table.DeleteEntityAsync(entity.PartitionKey, entity.RowKey, ETag.All, cancellationToken);
            deleted++;
        }
        return deleted;
    }
}
