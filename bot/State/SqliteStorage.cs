using System.Globalization;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace ChatAssistant.Bot.State;

/// <summary>
/// Bot Builder <see cref="IStorage"/> over the embedded SQLite file. ETags work as in the SDK's own storages:
/// writing an <see cref="IStoreItem"/> whose ETag is neither "*" nor the stored one fails, and every write of an
/// <see cref="IStoreItem"/> gets a new ETag. The check and the write are one conditional UPDATE, so two processes
/// sharing the file cannot both win.
/// </summary>
public sealed class SqliteStorage : IStorage
{
    private readonly SqliteDatabase database;

    public SqliteStorage(SqliteDatabase database)
    {
        this.database = database;
        database.EnsureSchema("CREATE TABLE IF NOT EXISTS bot_state (key TEXT PRIMARY KEY, etag TEXT NOT NULL, json TEXT NOT NULL, updated_at TEXT NOT NULL);");
    }

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var result = new Dictionary<string, object>();
        if (keys.Length == 0) return result;

        await using var connection = database.Open();
        foreach (var key in keys.Distinct())
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT json, etag FROM bot_state WHERE key = $key";
            command.Parameters.AddWithValue("$key", key);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken)) continue;
            var json = JObject.Parse(reader.GetString(0));
            var value = json.ToObject<object>(StateSerializer.Instance);
            if (value is IStoreItem item) item.ETag = reader.GetString(1);
            if (value is not null) result[key] = value;
        }
        return result;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        await using var connection = database.Open();
        foreach (var (key, value) in changes)
        {
            var expected = value is IStoreItem item && item.ETag is { Length: > 0 } etag && etag != "*" ? etag : null;
            var newEtag = Guid.NewGuid().ToString("N");
            var json = JObject.FromObject(value, StateSerializer.Instance);
            if (value is IStoreItem) json["eTag"] = newEtag;

            await using var command = connection.CreateCommand();
            var now = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
            command.Parameters.AddWithValue("$key", key);
            command.Parameters.AddWithValue("$etag", newEtag);
            command.Parameters.AddWithValue("$json", json.ToString(Newtonsoft.Json.Formatting.None));
            command.Parameters.AddWithValue("$now", now);
            if (expected is null)
            {
                command.CommandText = "INSERT INTO bot_state (key, etag, json, updated_at) VALUES ($key, $etag, $json, $now) " +
                                      "ON CONFLICT(key) DO UPDATE SET etag = $etag, json = $json, updated_at = $now";
                await command.ExecuteNonQueryAsync(cancellationToken);
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

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        await using var connection = database.Open();
        foreach (var key in keys)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM bot_state WHERE key = $key";
            command.Parameters.AddWithValue("$key", key);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
