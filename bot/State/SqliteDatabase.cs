using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Bot.State;

/// <summary>
/// The embedded database file. Opens connections with WAL, synchronous=NORMAL (FULL for a write that asks for
/// <see cref="Durability.PowerLoss"/>) and a busy timeout, so that concurrent turns wait for each other instead of
/// failing, and creates each feature's tables on first use. Writers in this process take turns
/// through <see cref="OpenForWriteAsync"/>.
/// </summary>
public sealed class SqliteDatabase
{
    // Native connections already configured; an entry goes when the pool closes its connection and the handle is collected.
    private static readonly ConditionalWeakTable<SQLitePCL.sqlite3, object> Configured = new();
    private static readonly object Marker = new();

    private readonly string connectionString;
    private readonly string unpooledConnectionString;

    // SQLite lets one connection write at a time. Without this gate, concurrent turns meet in SQLite's busy handler,
    // which sleeps 1, 2, 5, 10... ms between tries and holds a thread meanwhile: under load those sleeps were the
    // slowest turns. Another process sharing the file still waits in the busy handler.
    private readonly SemaphoreSlim writeGate = new(1, 1);

    public SqliteDatabase(IOptions<StorageOptions> options, IHostEnvironment environment)
        : this(System.IO.Path.IsPathRooted(options.Value.SqlitePath) ? options.Value.SqlitePath : System.IO.Path.Combine(environment.ContentRootPath, options.Value.SqlitePath))
    {
    }

    public SqliteDatabase(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        connectionString = new SqliteConnectionStringBuilder { DataSource = Path, Cache = SqliteCacheMode.Private, Pooling = true, DefaultTimeout = 30 }.ToString();
        unpooledConnectionString = new SqliteConnectionStringBuilder { DataSource = Path, Cache = SqliteCacheMode.Private, Pooling = false, DefaultTimeout = 30 }.ToString();
        using var connection = Open();
        Execute(connection, "PRAGMA journal_mode=WAL;");
    }

    public string Path { get; }

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        // With WAL, synchronous=NORMAL syncs at checkpoints instead of on every commit; the file cannot be corrupted
        // by a crash, at worst the last commits before a power loss are lost. Both settings belong to the native
        // connection, which the pool hands out again: every turn opens a connection for each state read and write,
        // so they are set once per native connection rather than on every open.
        var handle = connection.Handle!;
        if (!Configured.TryGetValue(handle, out _))
        {
            Execute(connection, "PRAGMA busy_timeout=10000; PRAGMA synchronous=NORMAL;");
            Configured.AddOrUpdate(handle, Marker);
        }
        return connection;
    }

    /// <summary>
    /// A connection of its own, not from the pool, for the readiness check: a pooled connection opened earlier keeps
    /// answering after its file was removed or replaced, so only a new one proves that the file opens now.
    /// </summary>
    public SqliteConnection OpenUnpooled()
    {
        var connection = new SqliteConnection(unpooledConnectionString);
        connection.Open();
        return connection;
    }

    /// <summary>A connection for one write (a statement or a transaction), once no other writer in this process holds one.</summary>
    public Task<SqliteWriter> OpenForWriteAsync(CancellationToken cancellationToken) => OpenForWriteAsync(Durability.ProcessCrash, cancellationToken);

    /// <summary>
    /// A connection for one write that, with <see cref="Durability.PowerLoss"/>, is synced to the disk before its
    /// commit returns (synchronous=FULL): for writes whose success is promised to a person, such as a ticket's receipt.
    /// </summary>
    public async Task<SqliteWriter> OpenForWriteAsync(Durability durability, CancellationToken cancellationToken)
    {
        await writeGate.WaitAsync(cancellationToken);
        SqliteConnection? connection = null;
        try
        {
            connection = Open();
            // The setting belongs to the pooled native connection: the writer sets NORMAL back when it is done.
            if (durability == Durability.PowerLoss) Execute(connection, "PRAGMA synchronous=FULL;");
            return new SqliteWriter(connection, writeGate, restoreNormalSync: durability == Durability.PowerLoss);
        }
        catch
        {
            connection?.Dispose();
            writeGate.Release();
            throw;
        }
    }

    /// <summary>
    /// Deletes the rows of <paramref name="table"/> whose <paramref name="column"/> (a <see cref="Timestamp"/>) is before
    /// <paramref name="cutoff"/>; the retention jobs share it. Table and column are our own constants, never input.
    /// </summary>
    public async Task<int> DeleteOlderThanAsync(string table, string column, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var writer = await OpenForWriteAsync(cancellationToken);
        await using var delete = writer.Connection.CreateCommand();
        delete.CommandText = $"DELETE FROM {table} WHERE {column} < $cutoff";
        delete.Parameters.AddWithValue("$cutoff", Timestamp(cutoff));
        return await delete.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// A time as stored in a text column: UTC, fixed width, so that comparing the text compares the times (the
    /// retention deletes rely on it).
    /// </summary>
    public static string Timestamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture);

    public void EnsureSchema(string ddl)
    {
        using var connection = Open();
        Execute(connection, ddl);
    }

    internal static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
