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

    /// <summary>
    /// Turns writing at once are committed together: every turn's own value is in the file when its write returns,
    /// the last write of a key wins, and a fresh storage on the file (which has nothing in memory) reads them all.
    /// </summary>
    [Fact]
    public async Task ConcurrentTurnsWritesAllReachTheFile()
    {
        var storage = NewStorage();
        var writes = Enumerable.Range(0, 200).Select(i => Task.Run(() => storage.WriteAsync(new Dictionary<string, object>
        {
            [$"msteams/conversations/c{i % 50}"] = new Dictionary<string, object> { ["turn"] = i },
            [$"msteams/users/u{i}"] = new Dictionary<string, object> { ["name"] = $"user {i}" },
        })));
        await Task.WhenAll(writes);
        // The last round of writes per conversation, written after every earlier one for the same key.
        await Task.WhenAll(Enumerable.Range(0, 50).Select(i => storage.WriteAsync(new Dictionary<string, object>
        {
            [$"msteams/conversations/c{i}"] = new Dictionary<string, object> { ["turn"] = 1000 + i },
        })));

        var fresh = NewStorage();
        var users = await fresh.ReadAsync([.. Enumerable.Range(0, 200).Select(i => $"msteams/users/u{i}")]);
        Assert.Equal(200, users.Count);
        Assert.All(Enumerable.Range(0, 200), i => Assert.Equal($"user {i}", ((IDictionary<string, object>)users[$"msteams/users/u{i}"])["name"]));
        var conversations = await fresh.ReadAsync([.. Enumerable.Range(0, 50).Select(i => $"msteams/conversations/c{i}")]);
        Assert.All(Enumerable.Range(0, 50), i => Assert.Equal(1000L + i, ((IDictionary<string, object>)conversations[$"msteams/conversations/c{i}"])["turn"]));
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
