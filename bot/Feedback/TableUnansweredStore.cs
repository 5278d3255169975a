using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using ChatAssistant.Bot.State;

namespace ChatAssistant.Bot.Feedback;

/// <summary>
/// The report in Azure Table storage, shared by every instance: the partition is the reason, the row key a hash of the
/// normalised question. Counting up is read, then replace on the ETag read, so two instances counting at once both
/// count: the one that loses the race reads again, after a short random pause.
/// </summary>
public sealed class TableUnansweredStore(TableClient table) : IUnansweredStore
{
    private const int MaxAttempts = 50;

    public async Task RecordAsync(UnansweredQuestion question, DateTimeOffset at, CancellationToken cancellationToken)
    {
        question = question.Clipped();
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(question.Normalised)));
        for (var attempt = 1; ; attempt++)
        {
            var existing = await table.GetEntityIfExistsAsync<TableEntity>(question.Reason, key, cancellationToken: cancellationToken);
            var entity = existing.HasValue ? existing.Value! : new TableEntity(question.Reason, key) { ["Count"] = 0, ["FirstTicks"] = at.UtcTicks };
            entity["Normalised"] = question.Normalised;
            entity["Count"] = (entity.GetInt32("Count") ?? 0) + 1;
            entity["LastTicks"] = at.UtcTicks;
            entity["Question"] = question.Question;
            entity["NearestUnit"] = question.NearestUnit;
            entity["NearestScore"] = question.NearestScore;
            entity["Language"] = question.Language;
            try
            {
                if (existing.HasValue) await table.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Replace, cancellationToken);
                else await table.AddEntityAsync(entity, cancellationToken);
                return;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412 && attempt < MaxAttempts)
            {
                // Another instance counted first: read its count and add to it.
                await Task.Delay(Random.Shared.Next(2, 20), cancellationToken);
            }
        }
    }

    public async Task<IReadOnlyList<UnansweredGroup>> ListAsync(CancellationToken cancellationToken)
    {
        var groups = new List<UnansweredGroup>();
        await foreach (var e in table.QueryAsync<TableEntity>(cancellationToken: cancellationToken))
        {
            groups.Add(new UnansweredGroup(e.GetString("Normalised"), e.PartitionKey, e.GetInt32("Count") ?? 0,
                new DateTimeOffset(e.GetInt64("FirstTicks") ?? 0, TimeSpan.Zero), new DateTimeOffset(e.GetInt64("LastTicks") ?? 0, TimeSpan.Zero),
                e.GetString("Question"), e.GetString("NearestUnit"), e.GetDouble("NearestScore"), e.GetString("Language")));
        }
        return [.. groups.OrderByDescending(g => g.Count).ThenByDescending(g => g.LastAt).ThenBy(g => g.Normalised, StringComparer.Ordinal)];
    }

    public Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        TableRetention.DeleteOlderThanAsync(table, "LastTicks", cutoff, cancellationToken);
}
