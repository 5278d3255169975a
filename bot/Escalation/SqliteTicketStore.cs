using System.Globalization;
using ChatAssistant.Bot.State;
using Microsoft.Data.Sqlite;

namespace ChatAssistant.Bot.Escalation;

/// <summary>
/// Tickets in the embedded database: the whole ticket as JSON, plus the columns the queries need. A ticket and its
/// pending deliveries are one row, so they are written together or not at all. Ticket writes are synced to the disk
/// before they return (<see cref="Durability.PowerLoss"/>): a receipt or an answer acknowledged to a person survives a
/// power loss, not only a crash of the bot.
/// </summary>
public sealed class SqliteTicketStore : ITicketStore
{
    private const string Columns = "body";
    private readonly SqliteDatabase database;

    public SqliteTicketStore(SqliteDatabase database)
    {
        this.database = database;
        database.EnsureSchema("""
            CREATE TABLE IF NOT EXISTS tickets (
                id TEXT PRIMARY KEY,
                year INTEGER NOT NULL,
                number INTEGER NOT NULL,
                submission_id TEXT NOT NULL UNIQUE,
                submitter_id TEXT NOT NULL,
                status TEXT NOT NULL,
                has_pending INTEGER NOT NULL,
                revision INTEGER NOT NULL,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                body TEXT NOT NULL,
                UNIQUE (year, number));
            CREATE INDEX IF NOT EXISTS tickets_submitter ON tickets (submitter_id);
            CREATE INDEX IF NOT EXISTS tickets_pending ON tickets (has_pending);
            """);
        database.EnsureSchema(SqliteTicketCounter.Schema);
    }

    public async Task<Ticket> CreateAsync(Ticket draft, CancellationToken cancellationToken)
    {
        await using var writer = await database.OpenForWriteAsync(Durability.PowerLoss, cancellationToken);
        var connection = writer.Connection;
        // IMMEDIATE takes the write lock before advancing the year's counter, so two instances never pick the same number.
        await using var transaction = connection.BeginTransaction(deferred: false);
        var existing = await QueryAsync(connection, transaction, "WHERE submission_id = $p", draft.SubmissionId, cancellationToken);
        if (existing.Count > 0) return existing[0];

        var year = draft.CreatedAt.UtcDateTime.Year;
        var number = await SqliteTicketCounter.NextAsync(connection, transaction, year, cancellationToken);

        var ticket = draft with { Id = TicketId.Format(year, number), Revision = 1, UpdatedAt = draft.CreatedAt };
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO tickets (id, year, number, submission_id, submitter_id, status, has_pending, revision, created_at, updated_at, body)
            VALUES ($id, $year, $number, $submission, $submitter, $status, $pending, $revision, $created, $updated, $body)
            """;
        insert.Parameters.AddWithValue("$year", year);
        insert.Parameters.AddWithValue("$number", number);
        insert.Parameters.AddWithValue("$submission", ticket.SubmissionId);
        insert.Parameters.AddWithValue("$submitter", ticket.Submitter.Id);
        insert.Parameters.AddWithValue("$created", SqliteDatabase.Timestamp(ticket.CreatedAt));
        AddRowValues(insert, ticket);
        await insert.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ticket;
    }

    public async Task<Ticket?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        var found = await QueryAsync(connection, null, "WHERE id = $p", id, cancellationToken);
        return found.Count > 0 ? found[0] : null;
    }

    public async Task<Ticket?> TryUpdateAsync(Ticket ticket, long expectedRevision, CancellationToken cancellationToken)
    {
        var saved = ticket with { Revision = expectedRevision + 1 };
        await using var writer = await database.OpenForWriteAsync(Durability.PowerLoss, cancellationToken);
        await using var update = writer.Connection.CreateCommand();
        update.CommandText = """
            UPDATE tickets SET status = $status, has_pending = $pending, revision = $revision, updated_at = $updated, body = $body
            WHERE id = $id AND revision = $expected
            """;
        update.Parameters.AddWithValue("$expected", expectedRevision);
        AddRowValues(update, saved);
        return await update.ExecuteNonQueryAsync(cancellationToken) == 1 ? saved : null;
    }

    public async Task<IReadOnlyList<Ticket>> ListBySubmitterAsync(string submitterId, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        return await QueryAsync(connection, null, "WHERE submitter_id = $p ORDER BY created_at DESC, number DESC", submitterId, cancellationToken);
    }

    public async Task<IReadOnlyList<Ticket>> ListAllAsync(CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        return await QueryAsync(connection, null, "ORDER BY year, number", null, cancellationToken);
    }

    public async Task<IReadOnlyList<Ticket>> ListWithPendingAsync(CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        return await QueryAsync(connection, null, "WHERE has_pending = 1 ORDER BY year, number", null, cancellationToken);
    }

    public async Task<IReadOnlyList<Ticket>> ListOpenChangedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        var open = $"status IN ('{nameof(TicketStatus.New)}', '{nameof(TicketStatus.Assigned)}')";
        return await QueryAsync(connection, null, $"WHERE {open} AND updated_at < $p ORDER BY updated_at", SqliteDatabase.Timestamp(cutoff), cancellationToken);
    }

    public async Task<int> DeleteClosedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var writer = await database.OpenForWriteAsync(cancellationToken);
        await using var delete = writer.Connection.CreateCommand();
        delete.CommandText = "DELETE FROM tickets WHERE status IN ($closed, $answered) AND updated_at < $cutoff";
        delete.Parameters.AddWithValue("$closed", nameof(TicketStatus.Closed));
        delete.Parameters.AddWithValue("$answered", nameof(TicketStatus.Answered));
        delete.Parameters.AddWithValue("$cutoff", SqliteDatabase.Timestamp(cutoff));
        return await delete.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void AddRowValues(SqliteCommand command, Ticket ticket)
    {
        command.Parameters.AddWithValue("$id", ticket.Id);
        command.Parameters.AddWithValue("$status", ticket.Status.ToString());
        command.Parameters.AddWithValue("$pending", ticket.Pending.Count > 0 ? 1 : 0);
        command.Parameters.AddWithValue("$revision", ticket.Revision);
        command.Parameters.AddWithValue("$updated", SqliteDatabase.Timestamp(ticket.UpdatedAt));
        command.Parameters.AddWithValue("$body", TicketJson.Serialize(ticket));
    }

    /// <summary>Fixed-width UTC ISO 8601, so text order is time order.</summary>
    private static async Task<List<Ticket>> QueryAsync(SqliteConnection connection, SqliteTransaction? transaction, string where, string? parameter, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT {Columns} FROM tickets {where}";
        if (parameter is not null) command.Parameters.AddWithValue("$p", parameter);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var tickets = new List<Ticket>();
        while (await reader.ReadAsync(cancellationToken)) tickets.Add(TicketJson.Deserialize(reader.GetString(0)));
        return tickets;
    }
}
