using ChatAssistant.Bot.State;

namespace ChatAssistant.Bot.Tests.State;

public sealed class SqliteDatabaseTests
{
    /// <summary>The settings are applied once per native connection, so a connection the pool hands out again must still carry them.</summary>
    [Fact]
    public void Every_open_connection_has_the_busy_timeout_and_synchronous_setting()
    {
        var database = new SqliteDatabase(TestBot.TempDatabase());
        for (var i = 0; i < 3; i++)
        {
            using var connection = database.Open();
            Assert.Equal(10000L, Scalar(connection, "PRAGMA busy_timeout;"));
            Assert.Equal(1L, Scalar(connection, "PRAGMA synchronous;")); // NORMAL
            Assert.Equal("wal", Scalar(connection, "PRAGMA journal_mode;"));
        }
    }

    private static object? Scalar(Microsoft.Data.Sqlite.SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
