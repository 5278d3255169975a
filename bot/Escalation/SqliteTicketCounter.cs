using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ChatAssistant.Bot.Escalation;

/// <summary>
/// Ticket numbers in the embedded database: one counter row per year, advanced in the transaction that inserts the
/// ticket. Numbering by <c>MAX(number) + 1</c> handed out a number again once retention deleted the year's newest
/// tickets, and the channel's old cards then pointed at another ticket; a counter only goes up. A database from
/// before the counter is seeded from its tickets when the store opens (<see cref="Schema"/>), before retention can
/// delete any more of them.
/// </summary>
internal static class SqliteTicketCounter
{
    public const string Schema = """
        CREATE TABLE IF NOT EXISTS ticket_counters (
            year INTEGER PRIMARY KEY,
            last INTEGER NOT NULL);
        INSERT OR IGNORE INTO ticket_counters (year, last) SELECT year, MAX(number) FROM tickets GROUP BY year;
        """;

    /// <summary>The next number of <paramref name="year"/>; call inside the transaction that inserts the ticket.</summary>
    public static async Task<int> NextAsync(SqliteConnection connection, SqliteTransaction transaction, int year, CancellationToken cancellationToken)
    {
        await using var next = connection.CreateCommand();
        next.Transaction = transaction;
        // Never below a number a ticket already has, whatever the counter says (a counter row restored from an older copy).
        next.CommandText = """
            INSERT INTO ticket_counters (year, last) VALUES ($year, (SELECT COALESCE(MAX(number), 0) FROM tickets WHERE year = $year) + 1)
            ON CONFLICT (year) DO UPDATE SET last = MAX(last, (SELECT COALESCE(MAX(number), 0) FROM tickets WHERE year = $year)) + 1
            RETURNING last
            """;
        next.Parameters.AddWithValue("$year", year);
        return Convert.ToInt32(await next.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }
}
