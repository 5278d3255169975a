using Azure.Data.Tables;
using ChatAssistant.Bot.Feedback;

namespace ChatAssistant.Bot.Tests.Feedback;

/// <summary>The feedback store contract on Azure Table storage, against Azurite, in a table of its own per test.</summary>
public sealed class AzureFeedbackStoreTests : FeedbackStoreContract
{
    private readonly string tableName = Azurite.UniqueName("feedback");

    protected override async Task<IFeedbackStore> OpenStoreAsync()
    {
        var table = new TableClient(Azurite.ConnectionString, tableName);
        await table.CreateIfNotExistsAsync();
        return new TableFeedbackStore(table);
    }

    [Fact]
    public async Task TheVotersIdIsNotStored()
    {
        var store = await OpenStoreAsync();
        await store.AddAsync(new FeedbackEntry("conv-secret", "29:user-secret", "kas ir PPP", null, true, "lv", DateTimeOffset.UnixEpoch), default);

        var table = new TableClient(Azurite.ConnectionString, tableName);
        var entity = Assert.Single(await table.QueryAsync<TableEntity>().ToListAsync());
        Assert.DoesNotContain(entity, p => p.Value?.ToString()?.Contains("secret", StringComparison.Ordinal) == true);
        Assert.DoesNotContain("secret", entity.RowKey);
    }
}
