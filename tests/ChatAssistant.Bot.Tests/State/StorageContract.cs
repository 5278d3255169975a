using ChatAssistant.Bot.Hosting;
using ChatAssistant.Bot.State;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Bot.Tests.State;

/// <summary>
/// The IStorage contract as the SDK's own storages keep it, run against each real store (the SQLite file, Azure Blob
/// storage on Azurite). Within one test, every storage a subclass opens sees the same data: a new one is a restart.
/// </summary>
public abstract class StorageContract
{
    protected abstract IStateStorage NewStorage();

    /// <summary>Puts <paramref name="json"/> into the store under <paramref name="key"/> as it is, as a tampered store would hold it.</summary>
    protected abstract Task PlantRawAsync(string key, string json);

    public sealed class Note : IStoreItem
    {
        public string Text { get; set; } = "";
        public string? ETag { get; set; }
    }

    /// <summary>
    /// Conversation and user state (what the person last asked, the answers given) goes once no turn has written it
    /// for the retention period; the consultation channel's reference, configuration rather than personal data, stays.
    /// </summary>
    [Fact]
    public async Task TurnStateNobodyWroteForTheRetentionPeriodIsDeletedAndConfigurationStays()
    {
        var storage = NewStorage();
        const string conversation = "msteams/conversations/a:1_x", user = "msteams/users/29:1", channel = "escalation/consultation-channel";
        var written = DateTimeOffset.UtcNow;
        await storage.WriteAsync(new Dictionary<string, object>
        {
            [conversation] = new Dictionary<string, object> { ["lastQuestion"] = "kas ir PPP" },
            [user] = new Dictionary<string, object> { ["lang"] = "lv" },
            [channel] = new Note { Text = "19:consult@thread.tacv2" },
        });
        var options = Options.Create(new StorageOptions { StateRetentionDays = 90 });
        TurnStateRetentionWorker Job(DateTimeOffset now) => new(NewStorage(), options, new FixedTime(now), NullLogger<TurnStateRetentionWorker>.Instance);

        Assert.Equal(0, await Job(written.AddDays(89)).RunOnceAsync(default));
        Assert.Equal(3, (await storage.ReadAsync([conversation, user, channel])).Count);

        Assert.Equal(2, await Job(written.AddDays(91)).RunOnceAsync(default));
        Assert.Equal([channel], (await NewStorage().ReadAsync([conversation, user, channel])).Keys);
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
        var storage = NewStorage();
        await PlantRawAsync("evil", """
            {"$type":"System.Collections.Generic.Dictionary`2[[System.String, System.Private.CoreLib],[Lucene.Net.Store.RAMDirectory, Lucene.Net]], System.Private.CoreLib","k":{}}
            """);
        await Assert.ThrowsAnyAsync<Newtonsoft.Json.JsonException>(() => storage.ReadAsync(["evil"]));
    }

    [Theory]
    [InlineData("System.Diagnostics.ProcessStartInfo, System.Diagnostics.Process")]
    [InlineData("System.Collections.Generic.List`1[[System.Diagnostics.ProcessStartInfo, System.Diagnostics.Process]], System.Private.CoreLib")]
    [InlineData("System.IO.FileSystemWatcher, System.IO.FileSystem.Watcher")]
    [InlineData("System.IO.MemoryStream, System.Private.CoreLib")]
    public async Task StoredStateCannotNameBaseLibraryTypesOutsideTheDataTypesStateIsMadeOf(string typeName)
    {
        // Before, every assembly whose name starts with "System." was admitted whole.
        var storage = NewStorage();
        await PlantRawAsync("evil", $$"""{"$type":"{{typeName}}"}""");
        var refused = await Assert.ThrowsAnyAsync<Newtonsoft.Json.JsonException>(() => storage.ReadAsync(["evil"]));
        // Refused by the allow-list, not merely unresolvable: the binder's message is somewhere in the chain.
        var messages = new List<string>();
        for (Exception? e = refused; e is not null; e = e.InnerException) messages.Add(e.Message);
        Assert.Contains(messages, m => m.Contains("is not allowed in stored state", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StateMadeOfBaseLibraryDataTypesStillRoundTrips()
    {
        var storage = NewStorage();
        await storage.WriteAsync(new Dictionary<string, object>
        {
            ["a"] = new Dictionary<string, object>
            {
                ["list"] = new List<string> { "x" },
                ["map"] = new Dictionary<string, int> { ["n"] = 1 },
                ["set"] = new HashSet<Guid> { Guid.Empty },
                ["array"] = new[] { 1L, 2L },
                ["reference"] = new Microsoft.Bot.Schema.ConversationReference { ChannelId = "msteams" },
            },
        });
        var read = (Dictionary<string, object>)(await storage.ReadAsync(["a"]))["a"];
        Assert.Equal(["x"], (List<string>)read["list"]);
        Assert.Equal(1, ((Dictionary<string, int>)read["map"])["n"]);
        Assert.Contains(Guid.Empty, (HashSet<Guid>)read["set"]);
        Assert.Equal([1L, 2L], (long[])read["array"]);
        Assert.Equal("msteams", ((Microsoft.Bot.Schema.ConversationReference)read["reference"]).ChannelId);
    }

    [Fact]
    public async Task BotBuilderStateSavesOverwriteSoTheLaterOfTwoConcurrentTurnsWins()
    {
        // What the README says of conversation and user state: Bot Builder saves a plain dictionary, not an
        // IStoreItem, so two turns that loaded the same state both save, with no ETag conflict, and the later one wins.
        var activity = new Microsoft.Bot.Schema.Activity { Type = "message", ChannelId = "test", Conversation = new Microsoft.Bot.Schema.ConversationAccount { Id = "c" } };
        var adapter = new Microsoft.Bot.Builder.Adapters.TestAdapter();
        var first = new ConversationState(NewStorage());
        var second = new ConversationState(NewStorage());
        using var turn1 = new TurnContext(adapter, activity);
        using var turn2 = new TurnContext(adapter, activity);
        await first.LoadAsync(turn1);
        await second.LoadAsync(turn2);

        await first.CreateProperty<string>("x").SetAsync(turn1, "first");
        await second.CreateProperty<string>("x").SetAsync(turn2, "second");
        await first.SaveChangesAsync(turn1);
        await second.SaveChangesAsync(turn2);

        var reader = new ConversationState(NewStorage());
        using var turn3 = new TurnContext(adapter, activity);
        Assert.Equal("second", await reader.CreateProperty<string>("x").GetAsync(turn3, () => ""));
    }

    [Fact]
    public async Task WritingNullDeletesAndWritesTheRestInTheSameCall()
    {
        var storage = NewStorage();
        await storage.WriteAsync(new Dictionary<string, object> { ["gone"] = new Note(), ["kept"] = new Note() });
        await storage.WriteAsync(new Dictionary<string, object> { ["gone"] = null!, ["new"] = new Note() }).WaitAsync(TimeSpan.FromSeconds(30));
        var read = await storage.ReadAsync(["gone", "kept", "new"]);
        Assert.Equal(["kept", "new"], read.Keys.Order());
    }

    [Fact]
    public async Task DeletingTwiceOrDeletingNothingIsFine()
    {
        var storage = NewStorage();
        await storage.WriteAsync(new Dictionary<string, object> { ["a"] = new Note() });
        await storage.DeleteAsync(["a"]);
        await storage.DeleteAsync(["a", "never-written"]);
        Assert.Empty(await storage.ReadAsync(["a"]));
    }

    [Fact]
    public async Task KeysWithAnyCharactersAreKeptApart()
    {
        var storage = NewStorage();
        string[] keys = ["msteams/conversations/19:abc@thread.v2", "msteams~2Fconversations", "a.", "ā ē/ū?#\\", new string('k', 2000), new string('k', 2001)];
        await storage.WriteAsync(keys.ToDictionary(k => k, object (k) => new Note { Text = k.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + k[..Math.Min(k.Length, 40)] }));

        var items = await storage.ReadAsync(keys);

        Assert.All(keys, k => Assert.Equal(k.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + k[..Math.Min(k.Length, 40)], ((Note)items[k]).Text));
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
