namespace ChatAssistant.Bot.Hosting;

/// <summary>
/// Deletes what is older than its retention period, every six hours: the stores hold people's words, kept no longer
/// than needed. A feature says what it deletes and how long it keeps it.
/// </summary>
public abstract class RetentionJob(TimeProvider time, ILogger logger) : PeriodicWorker(time, logger)
{
    protected override TimeSpan Period => TimeSpan.FromHours(6);

    /// <summary>How long items are kept, in days (at least one).</summary>
    protected abstract int RetentionDays { get; }

    /// <summary>What is deleted, as the log names it ("finished tickets").</summary>
    protected abstract string What { get; }

    /// <summary>Deletes the items older than <paramref name="cutoff"/>; returns how many went.</summary>
    protected abstract Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);

    public override async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var days = RetentionDays;
        var deleted = await DeleteOlderThanAsync(RetentionCutoff(days), cancellationToken);
        if (deleted > 0) Logger.LogInformation("Deleted {Count} {What} past the {Days}-day retention period", deleted, What, days);
        return deleted;
    }
}
