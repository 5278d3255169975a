using System.Globalization;
using ChatAssistant.Bot.State;

namespace ChatAssistant.Bot.Feedback;

/// <summary>One "helpful / not helpful" press, with the question and the answer it was about.</summary>
public sealed record FeedbackEntry(string ConversationId, string UserId, string Question, string? UnitId, bool Helpful, string Language);

/// <summary>
/// Keeps feedback in the embedded database for the content editors: which questions were answered well, which
/// were not, and with which answer unit.
/// </summary>
public sealed class FeedbackStore
{
    private readonly SqliteDatabase database;

    public FeedbackStore(SqliteDatabase database)
    {
        this.database = database;
        database.EnsureSchema("""
            CREATE TABLE IF NOT EXISTS feedback (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                created_at TEXT NOT NULL,
                conversation_id TEXT NOT NULL,
                user_id TEXT NOT NULL,
                question TEXT NOT NULL,
                unit_id TEXT,
                helpful INTEGER NOT NULL,
                language TEXT NOT NULL);
            """);
    }

    public async Task AddAsync(FeedbackEntry entry, CancellationToken cancellationToken)
    {
        await using var writer = await database.OpenForWriteAsync(cancellationToken);
        await using var command = writer.Connection.CreateCommand();
        command.CommandText = "INSERT INTO feedback (created_at, conversation_id, user_id, question, unit_id, helpful, language) " +
                              "VALUES ($at, $conversation, $user, $question, $unit, $helpful, $language)";
        command.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$conversation", entry.ConversationId);
        command.Parameters.AddWithValue("$user", entry.UserId);
        command.Parameters.AddWithValue("$question", entry.Question);
        command.Parameters.AddWithValue("$unit", (object?)entry.UnitId ?? DBNull.Value);
        command.Parameters.AddWithValue("$helpful", entry.Helpful ? 1 : 0);
        command.Parameters.AddWithValue("$language", entry.Language);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<FeedbackEntry>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT conversation_id, user_id, question, unit_id, helpful, language FROM feedback ORDER BY id";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<FeedbackEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new FeedbackEntry(reader.GetString(0), reader.GetString(1), reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetInt64(4) == 1, reader.GetString(5)));
        }
        return entries;
    }
}
