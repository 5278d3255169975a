using ChatAssistant.Knowledge.Loading;
using ChatAssistant.Knowledge.Model;

namespace ChatAssistant.Knowledge.Search;

/// <summary>
/// Holds the current index snapshot. <see cref="Reload"/> builds a new one from the content folder and swaps it in
/// atomically, so searches never see a half-built index; if the new content is invalid, the old snapshot stays.
/// A search holds its snapshot through <see cref="Acquire"/>: a snapshot replaced by a reload is closed when the
/// last search on it ends (reference counting, as Lucene's SearcherManager).
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

    /// <summary>The current snapshot, for its content and counts. A search takes it through <see cref="Acquire"/> instead.</summary>
    public IndexSnapshot Current => current;

    /// <summary>The current snapshot, held open until the lease is disposed, even if a reload replaces it meanwhile.</summary>
    public IndexLease Acquire()
    {
        while (true)
        {
            var snapshot = current;
            if (snapshot.TryAcquire()) return new IndexLease(snapshot);
            // Replaced and closed between the read and the acquire: the new snapshot is current by now.
        }
    }

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
            // Searches that started on the old snapshot may still be running: the last of them closes it.
            previous.Release();
            return [];
        }
    }

    public void Dispose() => current.Release();
}

/// <summary>A search's hold on one index snapshot (<see cref="KnowledgeIndex.Acquire"/>). Dispose it once, when the search is done.</summary>
public readonly struct IndexLease(IndexSnapshot snapshot) : IDisposable
{
    public IndexSnapshot Snapshot { get; } = snapshot;

    public void Dispose() => Snapshot.Release();
}
