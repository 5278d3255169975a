using ChatAssistant.Bot.Feedback;
using ChatAssistant.Bot.State;

namespace ChatAssistant.Bot.Tests.Feedback;

public sealed class SqliteFeedbackStoreTests : FeedbackStoreContract
{
    private readonly string path = TestBot.TempDatabase();

    protected override Task<IFeedbackStore> OpenStoreAsync() => Task.FromResult<IFeedbackStore>(new SqliteFeedbackStore(new SqliteDatabase(path)));

    /// <summary>The database file keeps who voted only as a hash, as the Table store does; one vote per person still holds.</summary>
    [Fact]
    public async Task TheDatabaseKeepsNoVotersIdInClear()
    {
        var store = await OpenStoreAsync();
        await store.AddAsync(new FeedbackEntry("a:conversation-of-ilze", "29:ilze-user-id", "kas ir PPP", "unit-1", true, "lv", new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero)), default);
        await store.AddAsync(new FeedbackEntry("a:conversation-of-ilze", "29:ilze-user-id", "kas ir PPP", "unit-1", false, "lv", new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero)), default);

        var rows = Rows();

        Assert.Single(rows);
        Assert.DoesNotContain("ilze", rows[0]);
        Assert.Single(await store.ListAsync(default));
    }

    [Fact]
    public async Task VotesStoredInClearByAnOlderVersionAreHashedWhenTheStoreOpens()
    {
        await OpenStoreAsync(); // creates the table
        await using (var connection = new SqliteDatabase(path).Open())
        {
            await using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO feedback (created_at, conversation_id, user_id, question, unit_id, helpful, language) VALUES ('2026-12-01T10:00:00.000Z', 'a:conversation-of-ilze', '29:ilze-user-id', 'kas ir PPP', 'unit-1', 1, 'lv')";
            await insert.ExecuteNonQueryAsync();
        }

        var store = await OpenStoreAsync();
        await store.AddAsync(new FeedbackEntry("a:conversation-of-ilze", "29:ilze-user-id", "kas ir PPP", "unit-1", false, "lv", new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero)), default);

        var rows = Rows();
        Assert.Single(rows); // the old vote was recognised as the same person's and replaced
        Assert.DoesNotContain("ilze", rows[0]);
    }

    private List<string> Rows()
    {
        using var connection = new SqliteDatabase(path).Open();
        using var select = connection.CreateCommand();
        select.CommandText = "SELECT conversation_id || ' ' || user_id FROM feedback";
        using var reader = select.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read()) rows.Add(reader.GetString(0));
        return rows;
    }
}
