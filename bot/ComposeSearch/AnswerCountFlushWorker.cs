using ChatAssistant.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Bot.ComposeSearch;

/// <summary>Writes the answer counts gathered in memory every <see cref="ComposeSearchOptions.CountFlushInterval"/>, and once more when the bot stops.</summary>
public sealed class AnswerCountFlushWorker(AnswerCounts counts, IOptions<ComposeSearchOptions> options, TimeProvider time, ILogger<AnswerCountFlushWorker> logger)
    : PeriodicWorker(time, logger)
{
    protected override TimeSpan Period => options.Value.CountFlushInterval;

    public override Task<int> RunOnceAsync(CancellationToken cancellationToken) => counts.FlushAsync(cancellationToken);

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await counts.FlushAsync(cancellationToken);
    }
}
