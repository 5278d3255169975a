using ChatAssistant.Bot.Feedback;
using ChatAssistant.Bot.State;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Bot.Tests.Feedback;

public class FeedbackRetentionTests
{
    [Fact]
    public async Task VotesGoOnceTheConfiguredRetentionHasPassed()
    {
        var store = new SqliteFeedbackStore(new SqliteDatabase(TestBot.TempDatabase()));
        var cast = new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);
        await store.AddAsync(new FeedbackEntry("conv-1", "user-1", "kas ir PPP", null, false, "lv", cast), default);
        var options = Options.Create(new FeedbackOptions { RetentionDays = 30 });

        var early = new FeedbackRetentionWorker(store, options, new FixedTime(cast.AddDays(29)), NullLogger<FeedbackRetentionWorker>.Instance);
        Assert.Equal(0, await early.RunOnceAsync(default));
        Assert.Single(await store.ListAsync(default));

        var due = new FeedbackRetentionWorker(store, options, new FixedTime(cast.AddDays(31)), NullLogger<FeedbackRetentionWorker>.Instance);
        Assert.Equal(1, await due.RunOnceAsync(default));
        Assert.Empty(await store.ListAsync(default));
    }
}
