using ChatAssistant.Bot.State;
using ChatAssistant.Bot.Unanswered;

namespace ChatAssistant.Bot.Tests.Unanswered;

public sealed class SqliteUnansweredStoreTests : UnansweredStoreContract
{
    private readonly string path = TestBot.TempDatabase();

    protected override Task<IUnansweredStore> OpenStoreAsync() => Task.FromResult<IUnansweredStore>(new SqliteUnansweredStore(new SqliteDatabase(path)));
}
