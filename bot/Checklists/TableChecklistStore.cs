using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using ChatAssistant.Bot.State;

namespace ChatAssistant.Bot.Checklists;

/// <summary>
/// Checklist progress in Azure Table storage, with <see cref="SqliteChecklistStore"/>'s rules: a new checklist is
/// inserted only if absent, and a save names the revision it read and is refused over a newer one. The refusal is
/// the table's own ETag check, so it holds across bot instances. One partition per person.
/// </summary>
public sealed class TableChecklistStore(TableClient table) : IChecklistStore
{
    public async Task<ChecklistProgress?> GetAsync(string userId, string card, string role, string name, CancellationToken cancellationToken)
    {
        var found = await table.GetEntityIfExistsAsync<TableEntity>(StorageKey.Escape(userId), RowKey(card, role, name), cancellationToken: cancellationToken);
        return found.HasValue ? Read(found.Value!) : null;
    }

    public async Task<IReadOnlyList<ChecklistProgress>> ListAsync(string userId, CancellationToken cancellationToken)
    {
        var list = new List<ChecklistProgress>();
        var partition = StorageKey.Escape(userId);
        await foreach (var entity in table.QueryAsync<TableEntity>(e => e.PartitionKey == partition, cancellationToken: cancellationToken)) list.Add(Read(entity));
        return [.. list.OrderByDescending(p => p.UpdatedAt)];
    }

    public async Task<ChecklistProgress?> SaveAsync(ChecklistProgress progress, long expectedRevision, CancellationToken cancellationToken)
    {
        var saved = progress with { Revision = expectedRevision + 1 };
        var entity = Write(saved);
        try
        {
            if (expectedRevision == 0)
            {
                await table.AddEntityAsync(entity, cancellationToken);
                return saved;
            }
            var current = await table.GetEntityIfExistsAsync<TableEntity>(entity.PartitionKey, entity.RowKey, ["Revision"], cancellationToken);
            if (!current.HasValue || current.Value!.GetInt64("Revision") != expectedRevision) return null;
            await table.UpdateEntityAsync(entity, current.Value.ETag, TableUpdateMode.Replace, cancellationToken);
            return saved;
        }
        catch (RequestFailedException e) when (e.Status is 404 or 409 or 412)
        {
            return null;
        }
    }

    public Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        TableRetention.DeleteOlderThanAsync(table, "UpdatedTicks", cutoff, cancellationToken);

    /// <summary>Escaped parts never contain '.', so the joined key is unambiguous.</summary>
    private static string RowKey(string card, string role, string name) =>
        string.Join('.', StorageKey.Escape(card), StorageKey.Escape(role), StorageKey.Escape(name));

    private static TableEntity Write(ChecklistProgress progress) => new(StorageKey.Escape(progress.UserId), RowKey(progress.Card, progress.Role, progress.Name))
    {
        ["UserId"] = progress.UserId,
        ["Card"] = progress.Card,
        ["Role"] = progress.Role,
        ["Name"] = progress.Name,
        ["Done"] = JsonSerializer.Serialize(progress.Done.Order(StringComparer.Ordinal)),
        ["Version"] = progress.Version,
        ["Revision"] = progress.Revision,
        ["UpdatedTicks"] = progress.UpdatedAt.UtcTicks,
    };

    private static ChecklistProgress Read(TableEntity entity) => new(
        entity.GetString("UserId"),
        entity.GetString("Card"),
        entity.GetString("Role"),
        entity.GetString("Name"),
        JsonSerializer.Deserialize<string[]>(entity.GetString("Done"))!.ToHashSet(StringComparer.Ordinal),
        entity.GetString("Version"),
        entity.GetInt64("Revision") ?? 0,
        new DateTimeOffset(entity.GetInt64("UpdatedTicks") ?? 0, TimeSpan.Zero));
}
