using ChatAssistant.Bot.State;
using Microsoft.Bot.Builder;

namespace ChatAssistant.Bot.Tests.State;

/// <summary>The IStorage contract as the SDK's own storages keep it, against the real SQLite file.</summary>
public class SqliteStorageTests
{
    private readonly string path = TestBot.TempDatabase();

    private SqliteStorage NewStorage() => new(new SqliteDatabase(path));

    public sealed class Note : IStoreItem
    {
        public string Text { get; set; } = "";
        public string? ETag { get; set; }
    }

    [Fact]
    public async Task ReadingMissingKeysGivesNothing()
    {
        var items = await NewStorage().ReadAsync(["nobody"]);
        Assert.Empty(items);
    }

    [Fact]
    public async Task ItemsRoundTripWithTheirTypes()
    {
        var storage = NewStorage();
        await storage.WriteAsync(new Dictionary<string, object> { ["a"] = new Note { Text = "sveiki" }, ["b"] = new Dictionary<string, object> { ["n"] = 3L } });

        var items = await storage.ReadAsync(["a", "b"]);

        Assert.Equal("sveiki", Assert.IsType<Note>(items["a"]).Text);
        Assert.Equal(3L, Assert.IsType<Dictionary<string, object>>(items["b"])["n"]);
    }

    [Fact]
    public async Task EveryWriteGivesANewETag()
    {
        var storage = NewStorage();
        await storage.WriteAsync(new Dictionary<string, object> { ["a"] = new Note { Text = "1" } });
        var first = (Note)(await storage.ReadAsync(["a"]))["a"];
        await storage.WriteAsync(new Dictionary<string, object> { ["a"] = first });
        var second = (Note)(await storage.ReadAsync(["a"]))["a"];

        Assert.False(string.IsNullOrEmpty(first.ETag));
        Assert.NotEqual(first.ETag, second.ETag);
    }

    [Fact]
    public async Task WritingWithAStaleETagFails()
    {
        var storage = NewStorage();
        await storage.WriteAsync(new Dictionary<string, object> { ["a"] = new Note { Text = "1" } });
        var mine = (Note)(await storage.ReadAsync(["a"]))["a"];
        var theirs = (Note)(await storage.ReadAsync(["a"]))["a"];
        theirs.Text = "theirs";
        await storage.WriteAsync(new Dictionary<string, object> { ["a"] = theirs });

        mine.Text = "mine";
        await Assert.ThrowsAsync<InvalidOperationException>(() => storage.WriteAsync(new Dictionary<string, object> { ["a"] = mine }));
        Assert.Equal("theirs", ((Note)(await storage.ReadAsync(["a"]))["a"]).Text);
    }

    [Fact]
    public async Task WildcardETagOverwrites()
    {
        var storage = NewStorage();
        await storage.WriteAsync(new Dictionary<string, object> { ["a"] = new Note { Text = "1" } });
        await storage.WriteAsync(new Dictionary<string, object> { ["a"] = new Note { Text = "2", ETag = "*" } });
        Assert.Equal("2", ((Note)(await storage.ReadAsync(["a"]))["a"]).Text);
    }

    [Fact]
    public async Task AnItemWithoutAnETagMayCreateButNotReplace()
    {
        var storage = NewStorage();
        await storage.WriteAsync(new Dictionary<string, object> { ["a"] = new Note { Text = "first" } });
        await Assert.ThrowsAsync<InvalidOperationException>(() => storage.WriteAsync(new Dictionary<string, object> { ["a"] = new Note { Text = "blind" } }));
        Assert.Equal("first", ((Note)(await storage.ReadAsync(["a"]))["a"]).Text);
    }

    [Fact]
    public async Task TextThatLooksLikeADateComesBackUnchanged()
    {
        var storage = NewStorage();
        await storage.WriteAsync(new Dictionary<string, object> { ["a"] = new Dictionary<string, object> { ["name"] = "2025-03-01T10:00:00Z" } });
        Assert.Equal("2025-03-01T10:00:00Z", ((Dictionary<string, object>)(await storage.ReadAsync(["a"]))["a"])["name"]);
    }

    [Fact]
    public async Task StoredStateCannotNameForeignTypesEvenAsGenericArguments()
    {
        var database = new SqliteDatabase(path);
        var storage = new SqliteStorage(database);
        using (var connection = database.Open())
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "INSERT INTO bot_state (key, etag, json, updated_at) VALUES ('evil', 'x', $json, 'now')";
            command.Parameters.AddWithValue("$json", """
                {"$type":"System.Collections.Generic.Dictionary`2[[System.String, System.Private.CoreLib],[Lucene.Net.Store.RAMDirectory, Lucene.Net]], System.Private.CoreLib","k":{}}
                """);
            command.ExecuteNonQuery();
        }
        await Assert.ThrowsAnyAsync<Newtonsoft.Json.JsonException>(() => storage.ReadAsync(["evil"]));
    }

    [Fact]
    public async Task DeletedItemsAreGone()
    {
        var storage = NewStorage();
        await storage.WriteAsync(new Dictionary<string, object> { ["a"] = new Note() });
        await storage.DeleteAsync(["a"]);
        Assert.Empty(await storage.ReadAsync(["a"]));
    }

    [Fact]
    public async Task ItemsSurviveARestart()
    {
        await NewStorage().WriteAsync(new Dictionary<string, object> { ["a"] = new Note { Text = "kept" } });
        var afterRestart = NewStorage();
        Assert.Equal("kept", ((Note)(await afterRestart.ReadAsync(["a"]))["a"]).Text);
    }

    [Fact]
    public async Task OfTwoConcurrentWritersWithTheSameETagOnlyOneWins()
    {
        var storage = NewStorage();
        await storage.WriteAsync(new Dictionary<string, object> { ["a"] = new Note { Text = "0" } });
        var copies = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => storage.ReadAsync(["a"])));

        var results = await Task.WhenAll(copies.Select((c, i) => Try(() =>
        {
            var note = (Note)c["a"];
            note.Text = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return storage.WriteAsync(new Dictionary<string, object> { ["a"] = note });
        })));

        Assert.Equal(1, results.Count(ok => ok));
    }

    private static async Task<bool> Try(Func<Task> write)
    {
        try
        {
            await write();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
