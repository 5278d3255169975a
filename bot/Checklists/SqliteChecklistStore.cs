using System.Globalization;
using System.Text.Json;
using ChatAssistant.Bot.State;
using Microsoft.Data.Sqlite;

namespace ChatAssistant.Bot.Checklists;

public sealed class SqliteChecklistStore : IChecklistStore
{
    private readonly SqliteDatabase database;

    public SqliteChecklistStore(SqliteDatabase database)
    {
        this.database = database;
        database.EnsureSchema("""
            CREATE TABLE IF NOT EXISTS checklists (
                user_id TEXT NOT NULL,
                card TEXT NOT NULL,
                role TEXT NOT NULL,
                name TEXT NOT NULL,
                done TEXT NOT NULL,
                version TEXT NOT NULL,
                revision INTEGER NOT NULL,
                updated_at TEXT NOT NULL,
                PRIMARY KEY (user_id, card, role, name));
            """);
    }

    public async Task<ChecklistProgress?> GetAsync(string userId, string card, string role, string name, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT user_id, card, role, name, done, version, revision, updated_at FROM checklists WHERE user_id = $user AND card = $card AND role = $role AND name = $name";
        command.Parameters.AddWithValue("$user", userId);
        command.Parameters.AddWithValue("$card", card);
        command.Parameters.AddWithValue("$role", role);
        command.Parameters.AddWithValue("$name", name);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    public async Task<IReadOnlyList<ChecklistProgress>> ListAsync(string userId, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT user_id, card, role, name, done, version, revision, updated_at FROM checklists WHERE user_id = $user ORDER BY updated_at DESC";
        command.Parameters.AddWithValue("$user", userId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var list = new List<ChecklistProgress>();
        while (await reader.ReadAsync(cancellationToken)) list.Add(Read(reader));
        return list;
    }

    public async Task<ChecklistProgress?> SaveAsync(ChecklistProgress progress, long expectedRevision, CancellationToken cancellationToken)
    {
        var saved = progress with { Revision = expectedRevision + 1 };
        await using var writer = await database.OpenForWriteAsync(cancellationToken);
        await using var command = writer.Connection.CreateCommand();
        command.CommandText = expectedRevision == 0
            ? "INSERT INTO checklists (user_id, card, role, name, done, version, revision, updated_at) VALUES ($user, $card, $role, $name, $done, $version, $revision, $at) ON CONFLICT DO NOTHING"
            : "UPDATE checklists SET done = $done, version = $version, revision = $revision, updated_at = $at WHERE user_id = $user AND card = $card AND role = $role AND name = $name AND revision = $expected";
        command.Parameters.AddWithValue("$user", saved.UserId);
        command.Parameters.AddWithValue("$card", saved.Card);
        command.Parameters.AddWithValue("$role", saved.Role);
        command.Parameters.AddWithValue("$name", saved.Name);
        command.Parameters.AddWithValue("$done", JsonSerializer.Serialize(saved.Done.Order(StringComparer.Ordinal)));
        command.Parameters.AddWithValue("$version", saved.Version);
        command.Parameters.AddWithValue("$revision", saved.Revision);
        command.Parameters.AddWithValue("$expected", expectedRevision);
        command.Parameters.AddWithValue("$at", SqliteDatabase.Timestamp(saved.UpdatedAt));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1 ? saved : null;
    }

    public Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        database.DeleteOlderThanAsync("checklists", "updated_at", cutoff, cancellationToken);

    private static ChecklistProgress Read(SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3),
        JsonSerializer.Deserialize<string[]>(reader.GetString(4))!.ToHashSet(StringComparer.Ordinal),
        reader.GetString(5),
        reader.GetInt64(6),
        DateTimeOffset.Parse(reader.GetString(7), CultureInfo.InvariantCulture));
}
