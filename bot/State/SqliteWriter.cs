using Microsoft.Data.Sqlite;

namespace ChatAssistant.Bot.State;

/// <summary>A connection that holds the database's write turn until it is disposed.</summary>
public sealed class SqliteWriter(SqliteConnection connection, SemaphoreSlim gate, bool restoreNormalSync = false) : IAsyncDisposable
{
    private int disposed;

    public SqliteConnection Connection { get; } = connection;

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1) return;
        try
        {
            // The pool hands the native connection out again: the next writer must not pay for a sync it did not ask for.
            if (restoreNormalSync && Connection.State == System.Data.ConnectionState.Open) SqliteDatabase.Execute(Connection, "PRAGMA synchronous=NORMAL;");
            await Connection.DisposeAsync();
        }
        finally
        {
            gate.Release();
        }
    }
}
