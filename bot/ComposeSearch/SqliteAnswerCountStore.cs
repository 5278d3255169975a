using ChatAssistant.Bot.State;

namespace ChatAssistant.Bot.ComposeSearch;

/// <summary>The counts in the embedded database: one row per unit, counted up in place.</summary>
public sealed class SqliteAnswerCountStore : IAnswerCountStore
{
    private readonly SqliteDatabase database;

    public SqliteAnswerCountStore(SqliteDatabase database)
    {
        this.database = database;
        database.EnsureSchema("""
            CREATE TABLE IF NOT EXISTS answer_counts (
                unit_id TEXT PRIMARY KEY,
                count INTEGER NOT NULL,
                last_at TEXT NOT NULL);
            """);
    }

    public async Task CountAsync(string unitId, int times, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var writer = await database.OpenForWriteAsync(cancellationToken);
        await using var upsert = writer.Connection.CreateCommand();
        upsert.CommandText = """
            INSERT INTO answer_counts (unit_id, count, last_at) VALUES ($unit, $times, $at)
            ON CONFLICT (unit_id) DO UPDATE SET count = count + excluded.count, last_at = max(last_at, excluded.last_at);
            """;
        upsert.Parameters.AddWithValue("$unit", unitId);
        upsert.Parameters.AddWithValue("$times", times);
        upsert.Parameters.AddWithValue("$at", SqliteDatabase.Timestamp(at));
        await upsert.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<string>> MostGivenAsync(int count, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT unit_id FROM answer_counts ORDER BY count DESC, last_at DESC, unit_id LIMIT $count";
        command.Parameters.AddWithValue("$count", Math.Max(count, 0));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var units = new List<string>();
        while (await reader.ReadAsync(cancellationToken)) units.Add(reader.GetString(0));
        return units;
    }

    public Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        database.DeleteOlderThanAsync("answer_counts", "last_at", cutoff, cancellationToken);
}
