using System.Security.Cryptography;
using System.Text;
using Azure.Data.Tables;
using ChatAssistant.Bot.State;

namespace ChatAssistant.Bot.Feedback;

/// <summary>
/// Feedback in Azure Table storage, shared by every instance. The row key is a hash of the person, the question and
/// the answer unit, so a repeated press overwrites the earlier vote; the person's ID itself is not stored. The first
/// two hex digits of the hash spread the votes over 256 partitions.
/// </summary>
public sealed class TableFeedbackStore(TableClient table) : IFeedbackStore
{
    public async Task AddAsync(FeedbackEntry entry, CancellationToken cancellationToken)
    {
        entry = entry.Clipped();
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', entry.UserId, entry.Question, entry.UnitId ?? "\0"))));
        var entity = new TableEntity(key[..2], key)
        {
            ["Question"] = entry.Question,
            ["UnitId"] = entry.UnitId,
            ["Helpful"] = entry.Helpful,
            ["Language"] = entry.Language,
            ["AtTicks"] = entry.At.UtcTicks,
        };
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    public Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        TableRetention.DeleteOlderThanAsync(table, "AtTicks", cutoff, cancellationToken);

    public async Task<IReadOnlyList<FeedbackVote>> ListAsync(CancellationToken cancellationToken)
    {
        var votes = new List<FeedbackVote>();
        await foreach (var entity in table.QueryAsync<TableEntity>(cancellationToken: cancellationToken))
        {
            votes.Add(new FeedbackVote(new DateTimeOffset(entity.GetInt64("AtTicks") ?? 0, TimeSpan.Zero), entity.GetString("Question"),
                entity.GetString("UnitId"), entity.GetBoolean("Helpful") ?? false, entity.GetString("Language")));
        }
        return [.. votes.OrderBy(v => v.At)];
    }
}
