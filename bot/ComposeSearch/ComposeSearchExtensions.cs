using ChatAssistant.Bot.State;
using ChatAssistant.Bot.Turn;

namespace ChatAssistant.Bot.ComposeSearch;

public static class ComposeSearchExtensions
{
    /// <summary>
    /// Search from the compose box: the messaging extension's query handler, the search over the answer engine, and
    /// the counts of answers given (on their store, with the retention job that ages them) behind its "most asked".
    /// </summary>
    public static IHostApplicationBuilder AddComposeSearch(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ComposeSearchOptions>().BindConfiguration(ComposeSearchOptions.Section);
        services.AddStore<IAnswerCountStore, SqliteAnswerCountStore, TableAnswerCountStore>(sp => new TableAnswerCountStore(sp.AzureStorage().AnswerCounts));
        services.AddSingleton<AnswerCounts>();
        services.AddSingleton<IAnswerListener>(sp => sp.GetRequiredService<AnswerCounts>());
        services.AddSingleton<AnswerSearch>();
        services.AddSingleton<ComposeSearchChat>();
        services.AddHostedService<AnswerCountFlushWorker>();
        services.AddHostedService<AnswerCountRetentionWorker>();
        return builder;
    }
}
