using ChatAssistant.Bot.Hosting;
using ChatAssistant.Bot.State;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Bot.Tests.State;

public sealed class SqliteStorageTests : StorageContract
{
    private readonly string path = TestBot.TempDatabase();

    protected override IStateStorage NewStorage() => new SqliteStorage(new SqliteDatabase(path));

    /// <summary>State read back after this process wrote it is a new object each time, as a read from the file is.</summary>
    [Fact]
    public async Task StateReadBackAfterItsWriteIsANewObjectEachTime()
    {
        var storage = NewStorage();
        await storage.WriteAsync(new Dictionary<string, object> { ["c"] = new Dictionary<string, object> { ["lastQuestion"] = "kas ir PPP" } });

        var first = (Dictionary<string, object>)(await storage.ReadAsync(["c"]))["c"];
        first["lastQuestion"] = "changed by the turn, not saved";
        var second = (Dictionary<string, object>)(await storage.ReadAsync(["c"]))["c"];

        Assert.Equal("kas ir PPP", second["lastQuestion"]);
        Assert.NotSame(first, second);
    }

    /// <summary>The retention sweep and deletes reach the state the bot itself reads, not only the file.</summary>
    [Fact]
    public async Task StateTheSweepOrADeleteRemovedIsGoneForTheStorageThatWroteIt()
    {
        var storage = NewStorage();
        const string conversation = "msteams/conversations/a:1_x", other = "msteams/conversations/b:2_y";
        var written = DateTimeOffset.UtcNow;
        await storage.WriteAsync(new Dictionary<string, object>
        {
            [conversation] = new Dictionary<string, object> { ["lastQuestion"] = "kas ir PPP" },
            [other] = new Dictionary<string, object> { ["lastQuestion"] = "kas ir PU2-7" },
        });
        await storage.DeleteAsync([other]);
        Assert.Empty(await storage.ReadAsync([other]));

        var job = new TurnStateRetentionWorker(storage, Options.Create(new StorageOptions { StateRetentionDays = 90 }), new FixedTime(written.AddDays(91)), NullLogger<TurnStateRetentionWorker>.Instance);
        Assert.Equal(1, await job.RunOnceAsync(default));
        Assert.Empty(await storage.ReadAsync([conversation]));
    }

    /// <summary>An item with an ETag is always read from the file, so that its ETag check sees what is stored.</summary>
    [Fact]
    public async Task ItemsWithAnETagAreReadFromTheFile()
    {
        var storage = NewStorage();
        await storage.WriteAsync(new Dictionary<string, object> { ["n"] = new Note { Text = "first", ETag = "*" } });
        // Written through another storage on the same file.
        var other = NewStorage();
        var seen = (Note)(await other.ReadAsync(["n"]))["n"];
        seen.Text = "replaced";
        await other.WriteAsync(new Dictionary<string, object> { ["n"] = seen });
        var stored = ((Note)(await other.ReadAsync(["n"]))["n"]).ETag;

        var read = (Note)(await storage.ReadAsync(["n"]))["n"];

        Assert.Equal("replaced", read.Text);
        Assert.Equal(stored, read.ETag);
    }

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
