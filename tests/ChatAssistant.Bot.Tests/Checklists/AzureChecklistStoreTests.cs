using Azure.Data.Tables;
using ChatAssistant.Bot.Checklists;

namespace ChatAssistant.Bot.Tests.Checklists;

/// <summary>The checklist store contract on Azure Table storage, against Azurite, in a table of its own per test.</summary>
public sealed class AzureChecklistStoreTests : ChecklistStoreContract
{
    private readonly string tableName = Azurite.UniqueName("checklists");

    protected override async Task<IChecklistStore> OpenStoreAsync()
    {
        var table = new TableClient(Azurite.ConnectionString, tableName);
        await table.CreateIfNotExistsAsync();
        return new TableChecklistStore(table);
    }
}
