using ChatAssistant.Knowledge.Loading;
using ChatAssistant.Knowledge.Model;

namespace ChatAssistant.Knowledge.Search;

/// <summary>
/// Holds the current index snapshot. <see cref="Reload"/> builds a new one from the content folder and swaps it in
/// atomically, so searches never see a half-built index; if the new content is invalid, the old snapshot stays.
/// </summary>
public sealed class KnowledgeIndex : IDisposable
{
    private readonly string? contentFolder;
    private readonly object reloadLock = new();
    private volatile IndexSnapshot current;

    public KnowledgeIndex(KnowledgeBase knowledge)
    {
        current = new IndexSnapshot(knowledge);
    }

    /// <summary>Loads and indexes the content folder. Throws <see cref="InvalidContentException"/> if it is invalid.</summary>
    public KnowledgeIndex(string contentFolder)
    {
        this.contentFolder = contentFolder;
        current = new IndexSnapshot(KnowledgeLoader.Load(contentFolder));
    }

    public IndexSnapshot Current => current;

    /// <summary>Incremented on each successful reload; lets callers and tests see that new content is live.</summary>
    public int Version { get; private set; } = 1;

    /// <summary>Rebuilds from the content folder. Returns the errors if the content is invalid, and keeps serving the old.</summary>
    public IReadOnlyList<ContentError> Reload()
    {
        if (contentFolder is null) return [];
        lock (reloadLock)
        {
            var (knowledge, errors) = KnowledgeLoader.Validate(contentFolder);
            if (knowledge is null) return errors;
            var previous = current;
            current = new IndexSnapshot(knowledge);
            Version++;
            // Searches that started on the old snapshot may still be running; let them finish before disposing it.
            _ = Task.Delay(TimeSpan.FromSeconds(30)).ContinueWith(_ => previous.Dispose(), TaskScheduler.Default);
            return [];
        }
    }

    public void Dispose() => current.Dispose();
}
