using System.Security.Cryptography;
using System.Text;
using Azure.Data.Tables;
using ChatAssistant.Bot.State;

namespace ChatAssistant.Bot.ComposeSearch;

/// <summary>
/// The counts in Azure Table storage, shared by every instance: one partition, the row key a hash of the unit id
/// (unit ids may hold characters a row key may not), counted up with <see cref="TableCounting"/>, so two instances
/// counting at once both count.
/// </summary>
public sealed class TableAnswerCountStore(TableClient table) : IAnswerCountStore
{
    private const string Partition = "answer";

    public Task CountAsync(string unitId, int times, DateTimeOffset at, CancellationToken cancellationToken) =>
        TableCounting.UpdateAsync(table, Partition, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(unitId))), entity =>
        {
            entity["UnitId"] = unitId;
            entity["Count"] = (entity.GetInt32("Count") ?? 0) + times;
            entity["LastTicks"] = Math.Max(entity.GetInt64("LastTicks") ?? 0, at.UtcTicks);
        }, cancellationToken);

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
