using Azure;
using Azure.Data.Tables;

namespace ChatAssistant.Bot.State;

/// <summary>
/// Counting up in Azure Table storage, shared by every instance: read the entity, change it, then write it back on the
/// ETag read (or add it, when it was not there). Two instances counting at once both count: the one that loses the
/// race reads again, after a short random pause.
/// </summary>
public static class TableCounting
{
    private const int MaxAttempts = 50;

    /// <param name="table">The table.</param>
    /// <param name="partition">The entity's partition key.</param>
    /// <param name="row">The entity's row key.</param>
    /// <param name="change">Changes the entity read (a new one, with only its keys, when there was none); called again on each retry.</param>
    /// <param name="cancellationToken">Cancels the writes and the pauses.</param>
    public static async Task UpdateAsync(TableClient table, string partition, string row, Action<TableEntity> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var existing = await table.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: cancellationToken);
            var entity = existing.HasValue ? existing.Value! : new TableEntity(partition, row);
            change(entity);
            try
            {
                if (existing.HasValue) await table.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Replace, cancellationToken);
                else await table.AddEntityAsync(entity, cancellationToken);
                return;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412 && attempt < MaxAttempts)
            {
                // Another instance wrote first: read its count and add to it.
                await Task.Delay(Random.Shared.Next(2, 20), cancellationToken);
            }
        }
    }
}
