using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using ChatAssistant.Bot.State;

namespace ChatAssistant.Bot.ComposeSearch;

/// <summary>
/// The counts in Azure Table storage, shared by every instance: one partition, the row key a hash of the unit id
/// (unit ids may hold characters a row key may not). Counting up is read, then replace on the ETag read, so two
/// instances counting at once both count: the one that loses the race reads again after a short random pause.
/// </summary>
public sealed class TableAnswerCountStore(TableClient table) : IAnswerCountStore
{
    private const string Partition = "answer";
    private const int MaxAttempts = 50;

    public async Task CountAsync(string unitId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(unitId)));
        for (var attempt = 1; ; attempt++)
        {
            var existing = await table.GetEntityIfExistsAsync<TableEntity>(Partition, key, cancellationToken: cancellationToken);
            var entity = existing.HasValue ? existing.Value! : new TableEntity(Partition, key) { ["Count"] = 0, ["UnitId"] = unitId };
            entity["Count"] = (entity.GetInt32("Count") ?? 0) + 1;
            entity["LastTicks"] = at.UtcTicks;
            try
            {
                if (existing.HasValue) await table.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Replace, cancellationToken);
                else await table.AddEntityAsync(entity, cancellationToken);
                return;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412 && attempt < MaxAttempts)
            {
                await Task.Delay(Random.Shared.Next(2, 20), cancellationToken);
            }
        }
    }

    public async Task<IReadOnlyList<string>> MostGivenAsync(int count, CancellationToken cancellationToken)
    {
        // One row per unit of the content (a few hundred at most): reading them all is cheaper than an index would be.
        var rows = new List<(string Unit, int Count, long Last)>();
        await foreach (var e in table.QueryAsync<TableEntity>(r => r.PartitionKey == Partition, cancellationToken: cancellationToken))
        {
            rows.Add((e.GetString("UnitId"), e.GetInt32("Count") ?? 0, e.GetInt64("LastTicks") ?? 0));
        }
        return [.. rows.OrderByDescending(r => r.Count).ThenByDescending(r => r.Last).ThenBy(r => r.Unit, StringComparer.Ordinal)
            .Take(Math.Max(count, 0)).Select(r => r.Unit)];
    }

    public Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        TableRetention.DeleteOlderThanAsync(table, "LastTicks", cutoff, cancellationToken);
}
