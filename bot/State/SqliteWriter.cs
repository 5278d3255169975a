using Microsoft.Data.Sqlite;

namespace ChatAssistant.Bot.State;

/// <summary>A connection that holds the database's write turn until it is disposed.</summary>
public sealed class SqliteWriter(SqliteConnection connection, SemaphoreSlim gate) : IAsyncDisposable
{
    private int disposed;

    public SqliteConnection Connection { get; } = connection;

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1) return;
        try
        {
            await Connection.DisposeAsync();
        }
        finally
        {
            gate.Release();
        }
    }
}
