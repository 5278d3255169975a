using ChatAssistant.Knowledge.Search;

namespace ChatAssistant.Bot.KnowledgeHost;

/// <summary>
/// Builds the index before the bot takes traffic. Invalid content throws here, which stops the host: the service
/// refuses to start rather than serve half of the content.
/// </summary>
internal sealed class KnowledgeStartup(IServiceProvider services, KnowledgeReadiness readiness, ILogger<KnowledgeStartup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var snapshot = services.GetRequiredService<KnowledgeIndex>().Current;
        logger.LogInformation("Knowledge index built with {Cards} card(s) and {Units} answer units in {ElapsedMs} ms",
            snapshot.Knowledge.Cards.Count, snapshot.Units.Count, snapshot.BuildTime.TotalMilliseconds);
        readiness.MarkReady();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
