using System.Security.Cryptography;
using System.Text;
using Azure.Data.Tables;
using ChatAssistant.Bot.State;

namespace ChatAssistant.Bot.Feedback;

/// <summary>
/// The report in Azure Table storage, shared by every instance: the partition is the reason, the row key a hash of the
/// normalised question, counted up with <see cref="TableCounting"/>, so two instances counting at once both count.
/// </summary>
public sealed class TableUnansweredStore(TableClient table) : IUnansweredStore
{
    public async Task RecordAsync(UnansweredQuestion question, DateTimeOffset at, CancellationToken cancellationToken)
    {
        question = question.Clipped();
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(question.Normalised)));
        await TableCounting.UpdateAsync(table, question.Reason, key, entity =>
        {
            entity["FirstTicks"] ??= at.UtcTicks;
            entity["Normalised"] = question.Normalised;
            entity["Count"] = (entity.GetInt32("Count") ?? 0) + 1;
            entity["LastTicks"] = at.UtcTicks;
            entity["Question"] = question.Question;
            entity["NearestUnit"] = question.NearestUnit;
            entity["NearestScore"] = question.NearestScore;
            entity["Language"] = question.Language;
        }, cancellationToken);
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
