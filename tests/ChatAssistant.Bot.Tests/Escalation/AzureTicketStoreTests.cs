using Azure.Data.Tables;
using ChatAssistant.Bot.Escalation;

namespace ChatAssistant.Bot.Tests.Escalation;

/// <summary>The ticket store contract on Azure Table storage, against Azurite, in a table of its own per test.</summary>
public sealed class AzureTicketStoreTests : TicketStoreContract
{
    private readonly TableClient table = new(Azurite.ConnectionString, Azurite.UniqueName("tickets"));

    protected override async Task<ITicketStore> CreateStoreAsync()
    {
        await table.CreateIfNotExistsAsync();
        return new TableTicketStore(table);
    }

    [Fact]
    public async Task ATicketLargerThanOneTablePropertyComesBackWhole()
    {
        var store = await CreateStoreAsync();
        var created = await store.CreateAsync(Draft(question: string.Concat(Enumerable.Repeat("Jautājums 😀 ", 3000))), default);
        var answered = created with { Answer = string.Concat(Enumerable.Repeat("Atbilde „ā” 😀", 4000)), Status = TicketStatus.Answered };
        await store.TryUpdateAsync(answered, created.Revision, default);

        var read = await new TableTicketStore(table).GetAsync(created.Id, default);

        Assert.Equal(created.Request, read!.Request);
        Assert.Equal(answered.Answer, read.Answer);
    }

    [Fact]
    public async Task ADeletedTicketsSubmissionCanBeFiledAgain()
    {
        var store = await CreateStoreAsync();
        var old = DateTimeOffset.UtcNow.AddDays(-400);
        var first = await store.CreateAsync(Draft(submission: "form-7", at: old), default);
        await store.TryUpdateAsync(first with { Status = TicketStatus.Closed }, first.Revision, default);
        await store.DeleteClosedBeforeAsync(DateTimeOffset.UtcNow.AddDays(-365), default);

        var again = await store.CreateAsync(Draft(submission: "form-7", at: old), default);

        Assert.NotEqual(first.Id, again.Id);
        Assert.Equal(again.Id, Assert.Single(await store.ListAllAsync(default)).Id);
    }
}
