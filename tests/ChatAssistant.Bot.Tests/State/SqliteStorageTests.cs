using ChatAssistant.Bot.State;
using Microsoft.Bot.Builder;

namespace ChatAssistant.Bot.Tests.State;

public sealed class SqliteStorageTests : StorageContract
{
    private readonly string path = TestBot.TempDatabase();

    protected override IStateStorage NewStorage() => new SqliteStorage(new SqliteDatabase(path));

    protected override Task PlantRawAsync(string key, string json)
    {
        using var connection = new SqliteDatabase(path).Open();
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO bot_state (key, etag, json, updated_at) VALUES ($key, 'x', $json, 'now')";
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$json", json);
        command.ExecuteNonQuery();
        return Task.CompletedTask;
    }
}
