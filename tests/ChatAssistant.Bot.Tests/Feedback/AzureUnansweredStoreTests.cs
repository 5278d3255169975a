using Azure.Data.Tables;
using ChatAssistant.Bot.Feedback;

namespace ChatAssistant.Bot.Tests.Feedback;

/// <summary>The unanswered-questions contract on Azure Table storage, against Azurite, in a table of its own per test.</summary>
public sealed class AzureUnansweredStoreTests : UnansweredStoreContract
{
    private readonly string tableName = Azurite.UniqueName("unanswered");

    protected override async Task<IUnansweredStore> OpenStoreAsync()
    {
        var table = new TableClient(Azurite.ConnectionString, tableName);
        await table.CreateIfNotExistsAsync();
        return new TableUnansweredStore(table);
    }

    [Fact]
    public async Task TwoInstancesCountingAtOnceLoseNoCount()
    {
        var first = await OpenStoreAsync();
        var second = await OpenStoreAsync();
        var at = DateTimeOffset.UtcNow;
        await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            (i % 2 == 0 ? first : second).RecordAsync(new UnansweredQuestion("who signs the acts", UnansweredReason.Declined, null, null, "en"), at, default)));

        Assert.Equal(20, Assert.Single(await first.ListAsync(default)).Count);
    }
}
