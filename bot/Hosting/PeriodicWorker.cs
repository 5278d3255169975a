namespace ChatAssistant.Bot.Hosting;

/// <summary>
/// A background job run at start and then every <see cref="Period"/>. A failed run is logged and tried again a period
/// later; stopping the host ends the loop.
/// </summary>
public abstract class PeriodicWorker(TimeProvider time, ILogger logger) : BackgroundService
{
    protected abstract TimeSpan Period { get; }

    protected TimeProvider Time { get; } = time;

    protected ILogger Logger { get; } = logger;

    /// <summary>The moment a retention of <paramref name="days"/> days (at least one) reaches back to.</summary>
    protected DateTimeOffset RetentionCutoff(int days) => Time.GetUtcNow().AddDays(-Math.Max(1, days));

    /// <summary>One run; returns how many items it dealt with.</summary>
    public abstract Task<int> RunOnceAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken);
                await Task.Delay(Period, Time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                Logger.LogError(e, "The periodic job {Job} failed", GetType().Name);
                await Task.Delay(Period, Time, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }
}
