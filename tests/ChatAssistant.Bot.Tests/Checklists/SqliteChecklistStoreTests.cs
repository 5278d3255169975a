using ChatAssistant.Bot.Checklists;
using ChatAssistant.Bot.State;

namespace ChatAssistant.Bot.Tests.Checklists;

public sealed class SqliteChecklistStoreTests : ChecklistStoreContract
{
    private readonly string path = TestBot.TempDatabase();

    protected override Task<IChecklistStore> OpenStoreAsync() =>
        Task.FromResult<IChecklistStore>(new SqliteChecklistStore(new SqliteDatabase(path)));
}
