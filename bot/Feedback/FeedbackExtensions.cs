using ChatAssistant.Bot.State;
using ChatAssistant.Bot.Turn;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatAssistant.Bot.Feedback;

public static class FeedbackExtensions
{
    /// <summary>
    /// What the content editors learn from the chat: the votes on answers and the report of unanswered questions,
    /// each on its store, and the retention jobs that delete them in time.
    /// </summary>
    public static IHostApplicationBuilder AddFeedback(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<FeedbackOptions>().BindConfiguration(FeedbackOptions.Section);
        services.AddStore<IFeedbackStore, SqliteFeedbackStore, TableFeedbackStore>(sp => new TableFeedbackStore(sp.AzureStorage().Feedback));
        services.AddStore<IUnansweredStore, SqliteUnansweredStore, TableUnansweredStore>(sp => new TableUnansweredStore(sp.AzureStorage().Unanswered));
        services.AddSingleton<UnansweredReport>();
        services.TryAddSingleton<AnswersGiven>();
        services.AddSingleton<FeedbackChat>();
        services.AddHostedService<FeedbackRetentionWorker>();
        services.AddHostedService<UnansweredRetentionWorker>();
        return builder;
    }
}
