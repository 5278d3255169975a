using ChatAssistant.Bot.State;
using ChatAssistant.Bot.Feedback;

namespace ChatAssistant.Bot.Tests.Feedback;

public sealed class SqliteUnansweredStoreTests : UnansweredStoreContract
{
    private readonly string path = TestBot.TempDatabase();

    protected override Task<IUnansweredStore> OpenStoreAsync() => Task.FromResult<IUnansweredStore>(new SqliteUnansweredStore(new SqliteDatabase(path)));
}
