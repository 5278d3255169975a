using Azure.Data.Tables;
using ChatAssistant.Bot.ComposeSearch;

namespace ChatAssistant.Bot.Tests.ComposeSearch;

/// <summary>The answer-count contract on Azure Table storage, against Azurite, in a table of its own per test.</summary>
public sealed class AzureAnswerCountStoreTests : AnswerCountStoreContract
{
    private readonly string tableName = Azurite.UniqueName("answercounts");

    protected override async Task<IAnswerCountStore> OpenStoreAsync()
    {
        var table = new TableClient(Azurite.ConnectionString, tableName);
        await table.CreateIfNotExistsAsync();
        return new TableAnswerCountStore(table);
    }

    [Fact]
    public async Task TwoInstancesCountingAtOnceLoseNoCount()
    {
        var first = await OpenStoreAsync();
        var second = await OpenStoreAsync();
        var at = DateTimeOffset.UtcNow;
        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => (i % 2 == 0 ? first : second).CountAsync("PU2-6:legal-acts", 1, at, default)));
        await first.CountAsync("PU2-6:phase:before", 1, at.AddSeconds(1), default);

        Assert.Equal(["PU2-6:legal-acts", "PU2-6:phase:before"], await first.MostGivenAsync(5, default));
        var row = Assert.Single(new TableClient(Azurite.ConnectionString, tableName).Query<TableEntity>(e => e.GetString("UnitId") == "PU2-6:legal-acts"));
        Assert.Equal(20, row.GetInt32("Count"));
    }
}
