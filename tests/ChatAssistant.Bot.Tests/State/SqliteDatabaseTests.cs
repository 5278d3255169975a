using ChatAssistant.Bot.State;
using Microsoft.Bot.Builder;

namespace ChatAssistant.Bot.Tests.State;

public sealed class SqliteDatabaseTests
{
    /// <summary>The settings are applied once per native connection, so a connection the pool hands out again must still carry them.</summary>
    [Fact]
    public void EveryOpenConnectionHasTheBusyTimeoutAndSynchronousSetting()
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

    /// <summary>
    /// A write promised to a person (a ticket) is synced on every commit, so it survives a power loss; the pooled
    /// connection then goes back to NORMAL, so state writes that follow do not pay for a sync they did not ask for.
    /// </summary>
    [Fact]
    public async Task PowerLossWritesAreSyncedOnCommitAndTheConnectionGoesBackToNormal()
    {
        var database = new SqliteDatabase(TestBot.TempDatabase());
        await using (var durable = await database.OpenForWriteAsync(Durability.PowerLoss, default))
        {
            Assert.Equal(2L, Scalar(durable.Connection, "PRAGMA synchronous;")); // FULL
        }
        await using var next = await database.OpenForWriteAsync(default);
        Assert.Equal(1L, Scalar(next.Connection, "PRAGMA synchronous;")); // NORMAL
    }

    [Fact]
    public async Task WritersInOneProcessTakeTurns()
    {
        var database = new SqliteDatabase(TestBot.TempDatabase());
        var first = await database.OpenForWriteAsync(default);
        var second = database.OpenForWriteAsync(default);

        Assert.NotSame(second, await Task.WhenAny(second, Task.Delay(300)));
        await first.DisposeAsync();
        await using var granted = await second.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(System.Data.ConnectionState.Open, granted.Connection.State);
    }

    /// <summary>Many turns saving at once: every write lands, none meets SQLite's busy handler from within the process.</summary>
    [Fact]
    public async Task ConcurrentStateWritesAllLand()
    {
        var storage = new SqliteStorage(new SqliteDatabase(TestBot.TempDatabase()));
        await Task.WhenAll(Enumerable.Range(0, 64).Select(i => Task.Run(() =>
            storage.WriteAsync(new Dictionary<string, object> { ["conversation/" + i] = new Dictionary<string, object> { ["n"] = (long)i } }))));

        var read = await storage.ReadAsync(Enumerable.Range(0, 64).Select(i => "conversation/" + i).ToArray());
        Assert.Equal(64, read.Count);
    }

    private static object? Scalar(Microsoft.Data.Sqlite.SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
