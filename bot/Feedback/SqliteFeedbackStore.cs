using System.Globalization;
using ChatAssistant.Bot.State;

namespace ChatAssistant.Bot.Feedback;

/// <summary>Feedback in the embedded database, one row per vote; who voted is kept as a hash (<see cref="FeedbackIdentity"/>).</summary>
public sealed class SqliteFeedbackStore : IFeedbackStore
{
    private readonly SqliteDatabase database;

    public SqliteFeedbackStore(SqliteDatabase database)
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
            CREATE INDEX IF NOT EXISTS feedback_voter ON feedback (user_id, question);
            """);
        FeedbackIdentity.HashStoredIdentities(database);
    }

    public async Task AddAsync(FeedbackEntry entry, CancellationToken cancellationToken)
    {
        entry = entry.Clipped();
        await using var writer = await database.OpenForWriteAsync(cancellationToken);
        await using var transaction = writer.Connection.BeginTransaction();
        await using var replace = writer.Connection.CreateCommand();
        replace.Transaction = transaction;
        replace.CommandText = """
            DELETE FROM feedback WHERE user_id = $user AND question = $question AND unit_id IS $unit;
            INSERT INTO feedback (created_at, conversation_id, user_id, question, unit_id, helpful, language)
            VALUES ($at, $conversation, $user, $question, $unit, $helpful, $language);
            """;
        replace.Parameters.AddWithValue("$at", SqliteDatabase.Timestamp(entry.At));
        replace.Parameters.AddWithValue("$conversation", FeedbackIdentity.Hash(entry.ConversationId));
        replace.Parameters.AddWithValue("$user", FeedbackIdentity.Hash(entry.UserId));
        replace.Parameters.AddWithValue("$question", entry.Question);
        replace.Parameters.AddWithValue("$unit", (object?)entry.UnitId ?? DBNull.Value);
        replace.Parameters.AddWithValue("$helpful", entry.Helpful ? 1 : 0);
        replace.Parameters.AddWithValue("$language", entry.Language);
        await replace.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    // Votes stored before this format was shared were written as "...+00:00": same UTC prefix, so they compare alike.
    public Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        database.DeleteOlderThanAsync("feedback", "created_at", cutoff, cancellationToken);

    public async Task<IReadOnlyList<FeedbackVote>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT created_at, question, unit_id, helpful, language FROM feedback ORDER BY id";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var votes = new List<FeedbackVote>();
        while (await reader.ReadAsync(cancellationToken))
        {
            votes.Add(new FeedbackVote(DateTimeOffset.Parse(reader.GetString(0), CultureInfo.InvariantCulture), reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetInt64(3) == 1, reader.GetString(4)));
        }
        return votes;
    }
}
