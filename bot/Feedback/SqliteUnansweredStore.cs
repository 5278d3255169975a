using System.Globalization;
using ChatAssistant.Bot.State;

namespace ChatAssistant.Bot.Feedback;

/// <summary>The report in the embedded database: one row per normalised question and reason, counted up in place.</summary>
public sealed class SqliteUnansweredStore : IUnansweredStore
{
    private readonly SqliteDatabase database;

    public SqliteUnansweredStore(SqliteDatabase database)
    {
        this.database = database;
        database.EnsureSchema("""
            CREATE TABLE IF NOT EXISTS unanswered (
                normalised TEXT NOT NULL,
                reason TEXT NOT NULL,
                count INTEGER NOT NULL,
                first_at TEXT NOT NULL,
                last_at TEXT NOT NULL,
                question TEXT NOT NULL,
                nearest_unit TEXT,
                nearest_score REAL,
                language TEXT NOT NULL,
                PRIMARY KEY (normalised, reason));
            """);
    }

    public async Task RecordAsync(UnansweredQuestion question, DateTimeOffset at, CancellationToken cancellationToken)
    {
        question = question.Clipped();
        await using var writer = await database.OpenForWriteAsync(cancellationToken);
        await using var upsert = writer.Connection.CreateCommand();
        upsert.CommandText = """
            INSERT INTO unanswered (normalised, reason, count, first_at, last_at, question, nearest_unit, nearest_score, language)
            VALUES ($key, $reason, 1, $at, $at, $question, $unit, $score, $language)
            ON CONFLICT (normalised, reason) DO UPDATE SET
                count = count + 1, last_at = excluded.last_at, question = excluded.question,
                nearest_unit = excluded.nearest_unit, nearest_score = excluded.nearest_score, language = excluded.language;
            """;
        upsert.Parameters.AddWithValue("$key", question.Normalised);
        upsert.Parameters.AddWithValue("$reason", question.Reason);
        upsert.Parameters.AddWithValue("$at", SqliteDatabase.Timestamp(at));
        upsert.Parameters.AddWithValue("$question", question.Question);
        upsert.Parameters.AddWithValue("$unit", (object?)question.NearestUnit ?? DBNull.Value);
        upsert.Parameters.AddWithValue("$score", (object?)question.NearestScore ?? DBNull.Value);
        upsert.Parameters.AddWithValue("$language", question.Language);
        await upsert.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<UnansweredGroup>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT normalised, reason, count, first_at, last_at, question, nearest_unit, nearest_score, language
            FROM unanswered ORDER BY count DESC, last_at DESC, normalised
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var groups = new List<UnansweredGroup>();
        while (await reader.ReadAsync(cancellationToken))
        {
            groups.Add(new UnansweredGroup(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), Time(reader.GetString(3)), Time(reader.GetString(4)),
                reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetDouble(7), reader.GetString(8)));
        }
        return groups;
    }

    public Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        database.DeleteOlderThanAsync("unanswered", "last_at", cutoff, cancellationToken);

    private static DateTimeOffset Time(string stored) => DateTimeOffset.Parse(stored, CultureInfo.InvariantCulture);
}
