using ChatAssistant.Knowledge.Answers;
using ChatAssistant.Knowledge.Loading;
using ChatAssistant.Knowledge.Search;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Bot.KnowledgeHost;

public static class KnowledgeExtensions
{
    /// <summary>The content, its index (built at start, rebuilt on change) and the answer engine.</summary>
    public static IHostApplicationBuilder AddKnowledge(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<KnowledgeOptions>().BindConfiguration(KnowledgeOptions.Section);
        builder.Services.AddSingleton(sp => new ContentFolder(ContentLocator.Resolve(sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value.ContentPath)));
        builder.Services.AddSingleton(sp => new KnowledgeIndex(sp.GetRequiredService<ContentFolder>().Path));
        builder.Services.AddSingleton(sp => new AnswerEngine(sp.GetRequiredService<KnowledgeIndex>(), sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value.ConfidenceThreshold));
        builder.Services.AddSingleton<KnowledgeReadiness>();
        builder.Services.AddHostedService<KnowledgeStartup>();
        builder.Services.AddHostedService<ContentWatcher>();
        return builder;
    }
}
