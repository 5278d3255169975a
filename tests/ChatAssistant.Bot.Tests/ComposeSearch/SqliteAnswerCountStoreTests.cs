using ChatAssistant.Bot.ComposeSearch;
using ChatAssistant.Bot.State;

namespace ChatAssistant.Bot.Tests.ComposeSearch;

public sealed class SqliteAnswerCountStoreTests : AnswerCountStoreContract
{
    private readonly string path = TestBot.TempDatabase();

    protected override Task<IAnswerCountStore> OpenStoreAsync() => Task.FromResult<IAnswerCountStore>(new SqliteAnswerCountStore(new SqliteDatabase(path)));
}
