using ChatAssistant.Knowledge.Search;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Bot.KnowledgeHost;

/// <summary>
/// Rebuilds the index when an editor saves a content file. Saves come in bursts, so it waits for a quiet moment;
/// invalid content is logged and the old index keeps answering.
/// </summary>
internal sealed class ContentWatcher(KnowledgeIndex index, ContentFolder folder, IOptions<KnowledgeOptions> options, ILogger<ContentWatcher> logger) : BackgroundService
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(400);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.WatchForChanges || !Directory.Exists(folder.Path)) return;
        var changed = new SemaphoreSlim(0);
        using var watcher = TryWatch();
        if (watcher is null) return;
        watcher.Changed += (_, _) => changed.Release();
        watcher.Created += (_, _) => changed.Release();
        watcher.Deleted += (_, _) => changed.Release();
        watcher.Renamed += (_, _) => changed.Release();
        logger.LogInformation("Watching {ContentPath} for content changes", folder.Path);

        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await changed.WaitAsync(stoppingToken);
                while (await changed.WaitAsync(Quiet, stoppingToken)) { }
                Reload();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>
    /// A watcher on the content folder, or null when the system refuses one (on Linux, the per-user inotify limit):
    /// the bot then keeps answering from the content it loaded, and a restart picks up edits.
    /// </summary>
    private FileSystemWatcher? TryWatch()
    {
        try
        {
            return new FileSystemWatcher(folder.Path) { IncludeSubdirectories = true, EnableRaisingEvents = true };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or PlatformNotSupportedException)
        {
            logger.LogWarning(e, "Cannot watch {ContentPath} for changes; content edits take effect after a restart", folder.Path);
            return null;
        }
    }

    private void Reload()
    {
        IReadOnlyList<ChatAssistant.Knowledge.Loading.ContentError> errors;
        try
        {
            errors = index.Reload();
        }
        catch (Exception e)
        {
            // A half-written file or a folder mid-checkout must not stop the watcher, let alone the bot.
            logger.LogError(e, "Rebuilding the knowledge index failed; the previous index keeps serving");
            return;
        }
        if (errors.Count == 0)
        {
            logger.LogInformation("Knowledge index rebuilt after a content change; now at version {Version} with {Units} answer units", index.Version, index.Current.Units.Count);
            return;
        }
        logger.LogError("Content change rejected with {ErrorCount} error(s); the previous index keeps serving. First: {FirstError}", errors.Count, errors[0].ToString());
    }
}

/// <summary>The resolved content folder.</summary>
public sealed record ContentFolder(string Path);
