using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace ChatAssistant.Bot.State;

/// <summary>
/// Bot Builder <see cref="IStorage"/> over the embedded SQLite file. ETags work as in the SDK's own storages:
/// writing an <see cref="IStoreItem"/> whose ETag is neither "*" nor the stored one fails, and every write of an
/// <see cref="IStoreItem"/> gets a new ETag; an item without an ETag may create a record but not replace one. The check and the write are one conditional UPDATE, so two processes
/// sharing the file cannot both win.
/// <para>
/// The file serves one bot process (scale-out runs on Azure Storage, <see cref="BlobStorage"/>), so the state this
/// process last wrote for a key is what the file holds: plain state values (Bot Builder's conversation and user
/// state, read and written on every turn) are read back from memory after their write, as the JSON written, and
/// deserialized afresh for each read. Only the newest <see cref="RecentCapacity"/> keys are kept; deletes and the
/// retention sweep forget them. Items with an ETag always come from the file.
/// </para>
/// </summary>
public sealed class SqliteStorage : IStateStorage
{
    private readonly SqliteDatabase database;
    private readonly TimeProvider time;

    public SqliteStorage(SqliteDatabase database, TimeProvider? time = null)
    {
        this.database = database;
        this.time = time ?? TimeProvider.System;
        database.EnsureSchema("CREATE TABLE IF NOT EXISTS bot_state (key TEXT PRIMARY KEY, etag TEXT NOT NULL, json TEXT NOT NULL, updated_at TEXT NOT NULL);");
    }

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var result = new Dictionary<string, object>();
        if (keys.Length == 0) return result;

        SqliteConnection? connection = null;
        try
        {
            foreach (var key in keys.Distinct())
            {
                if (recent.TryGetValue(key, out var written))
                {
                    if (Deserialize(written) is { } value) result[key] = value;
                    continue;
                }
                connection ??= database.Open();
                await ReadStoredAsync(connection, key, result, cancellationToken);
            }
        }
        finally
        {
            if (connection is not null) await connection.DisposeAsync();
        }
        return result;
    }

    private static async Task ReadStoredAsync(SqliteConnection connection, string key, Dictionary<string, object> result, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT json, etag FROM bot_state WHERE key = $key";
        command.Parameters.AddWithValue("$key", key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken)) return;
        var value = Deserialize(reader.GetString(0));
        if (value is IStoreItem item) item.ETag = reader.GetString(1);
        if (value is not null) result[key] = value;
    }

    /// <summary>
    /// A new object from stored JSON. Text that looks like a date comes back as the same text. Deserialized straight
    /// from the text: loading a JObject first only to convert it doubled the work.
    /// </summary>
    private static object? Deserialize(string json)
    {
        using var text = new Newtonsoft.Json.JsonTextReader(new StringReader(json)) { DateParseHandling = Newtonsoft.Json.DateParseHandling.None };
        return StateSerializer.Instance.Deserialize<object>(text);
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0) return;
        await using var writer = await database.OpenForWriteAsync(cancellationToken);
        var connection = writer.Connection;
        foreach (var (key, value) in changes)
        {
            // Forgotten before the write: should it fail, the next read goes to the file.
            recent.TryRemove(key, out _);
            if (value is null)
            {
                await DeleteAsync(connection, key, cancellationToken);
                continue;
            }
            if (value is IStoreItem { ETag: null or "" })
            {
                // As in the SDK's storages, an item without an ETag may create a record but not replace one.
                if (!await InsertNewAsync(connection, key, value, cancellationToken))
                {
                    throw new InvalidOperationException($"Etag conflict for key '{key}': an item exists and the write carried no ETag.");
                }
                continue;
            }
            var expected = value is IStoreItem item && item.ETag != "*" ? item.ETag : null;
            var newEtag = Guid.NewGuid().ToString("N");
            var json = Serialize(value, value is IStoreItem ? newEtag : null);

            await using var command = connection.CreateCommand();
            var now = Now();
            command.Parameters.AddWithValue("$key", key);
            command.Parameters.AddWithValue("$etag", newEtag);
            command.Parameters.AddWithValue("$json", json);
            command.Parameters.AddWithValue("$now", now);
            if (expected is null)
            {
                command.CommandText = "INSERT INTO bot_state (key, etag, json, updated_at) VALUES ($key, $etag, $json, $now) " +
                                      "ON CONFLICT(key) DO UPDATE SET etag = $etag, json = $json, updated_at = $now";
                await command.ExecuteNonQueryAsync(cancellationToken);
                if (value is not IStoreItem) Remember(key, json);
                continue;
            }

            // Only an item that exists with the same ETag may be replaced; a missing row is a new item and is written.
            command.CommandText = "INSERT INTO bot_state (key, etag, json, updated_at) VALUES ($key, $etag, $json, $now) " +
                                  "ON CONFLICT(key) DO UPDATE SET etag = $etag, json = $json, updated_at = $now WHERE bot_state.etag = $expected";
            command.Parameters.AddWithValue("$expected", expected);
            if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                throw new InvalidOperationException($"Etag conflict for key '{key}': the stored item was changed by someone else.");
            }
        }
    }

    /// <summary>
    /// The stored JSON. Plain values (Bot Builder's state dictionaries, written every turn that changes them) are
    /// written straight to text; a token tree is built only when an <see cref="IStoreItem"/>'s new ETag goes in.
    /// </summary>
    private static string Serialize(object value, string? etag)
    {
        if (etag is not null)
        {
            var json = JObject.FromObject(value, StateSerializer.Instance);
            json["eTag"] = etag;
            return json.ToString(Newtonsoft.Json.Formatting.None);
        }
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        StateSerializer.Instance.Serialize(text, value);
        return text.ToString();
    }

    private async Task<bool> InsertNewAsync(SqliteConnection connection, string key, object value, CancellationToken cancellationToken)
    {
        var etag = Guid.NewGuid().ToString("N");
        var json = Serialize(value, etag);
        var now = Now();
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO bot_state (key, etag, json, updated_at) VALUES ($key, $etag, $json, $now) ON CONFLICT(key) DO NOTHING";
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$etag", etag);
        command.Parameters.AddWithValue("$json", json);
        command.Parameters.AddWithValue("$now", now);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>How many keys' last written state is kept in memory: about a kilobyte each for a conversation.</summary>
    public const int RecentCapacity = 4096;

    private readonly ConcurrentDictionary<string, string> recent = new(StringComparer.Ordinal);

    private void Remember(string key, string json)
    {
        // Crude but bounded: when full, start again; the file still has everything.
        if (recent.Count >= RecentCapacity) recent.Clear();
        recent[key] = json;
    }

    private string Now() => SqliteDatabase.Timestamp(time.GetUtcNow());

    public async Task<int> DeleteTurnStateOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var writer = await database.OpenForWriteAsync(cancellationToken);
        await using var delete = writer.Connection.CreateCommand();
        // instr, not LIKE: '_' in a LIKE pattern matches any character.
        delete.CommandText = "DELETE FROM bot_state WHERE updated_at < $cutoff AND (instr(key, '/conversations/') > 0 OR instr(key, '/users/') > 0)";
        delete.Parameters.AddWithValue("$cutoff", SqliteDatabase.Timestamp(cutoff));
        recent.Clear();
        return await delete.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Length == 0) return;
        await using var writer = await database.OpenForWriteAsync(cancellationToken);
        foreach (var key in keys)
        {
            recent.TryRemove(key, out _);
            await DeleteAsync(writer.Connection, key, cancellationToken);
        }
    }

    private static async Task DeleteAsync(SqliteConnection connection, string key, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM bot_state WHERE key = $key";
        command.Parameters.AddWithValue("$key", key);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
