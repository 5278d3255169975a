using ChatAssistant.Bot.Feedback;
using ChatAssistant.Bot.State;

namespace ChatAssistant.Bot.Tests.Feedback;

public sealed class SqliteFeedbackStoreTests : FeedbackStoreContract
{
    private readonly string path = TestBot.TempDatabase();

    protected override Task<IFeedbackStore> OpenStoreAsync() => Task.FromResult<IFeedbackStore>(new SqliteFeedbackStore(new SqliteDatabase(path)));
}
