using ChatAssistant.Knowledge.Caching;
using ChatAssistant.Knowledge.Search;

namespace ChatAssistant.Knowledge.Answers;

/// <summary>
/// Answers to questions asked before, for the index snapshot they were computed on. Staff ask the same handful of
/// questions again and again; answering them from here costs a dictionary lookup instead of analysis, search and
/// ranking. A new snapshot (edited content) empties it, and it never holds more than <see cref="Capacity"/> answers:
/// when full it starts over, which keeps it simple and bounded. An answer is kept from the second time its question
/// is asked: most texts staff type are never typed again (a typo, an extra word), and keeping every one-off answer
/// (its hits, and the card the host builds for it) filled the cache with garbage that lived just long enough to be
/// expensive to collect. A question seen once is remembered only as a number in a fixed table.
/// </summary>
internal sealed class AnswerCache
{
    public const int Capacity = 4096;
    private const int MaxQuestionLength = 500;

    /// <summary>The answers and the snapshot they belong to, swapped as one, so no reader pairs a new snapshot with old answers.</summary>
    private sealed record Entries(IndexSnapshot Snapshot, BoundedCache<(string Question, string Locale, string Context), Answer> Answers);

    private Entries? entries;

    /// <summary>Fingerprints of questions asked once, one per slot; a collision only makes a one-off answer kept.</summary>
    private readonly int[] seenOnce = new int[SeenSlots];
    private const int SeenSlots = 8192;

    /// <param name="context">The key of the previous answer's context a follow-up leans on; null for a question that stands alone.</param>
    public Answer GetOrAdd(IndexSnapshot current, string question, string? locale, string? context, Func<Answer> compute)
    {
        if (question.Length > MaxQuestionLength) return compute(); // long texts are one-offs; keep them out
        var held = Volatile.Read(ref entries);
        if (held is null || !ReferenceEquals(held.Snapshot, current))
        {
            held = new Entries(current, new BoundedCache<(string, string, string), Answer>(Capacity));
            Volatile.Write(ref entries, held);
        }
        var key = (question, locale ?? "", context ?? "");
        if (held.Answers.TryGetValue(key, out var cached)) return cached;
        var answer = compute();
        if (SeenBefore(key)) held.Answers.Add(key, answer);
        return answer;
    }

    /// <summary>Whether the key was asked before (and is now to be kept); otherwise notes that it has been asked once.</summary>
    private bool SeenBefore((string Question, string Locale, string Context) key)
    {
        var fingerprint = HashCode.Combine(key.Question, key.Locale, key.Context) | 1; // 0 marks an empty slot
        var slot = (uint)fingerprint % SeenSlots;
        if (Volatile.Read(ref seenOnce[slot]) == fingerprint) return true;
        Volatile.Write(ref seenOnce[slot], fingerprint);
        return false;
    }

    /// <summary>How many answers are kept (tests).</summary>
    internal int Count => Volatile.Read(ref entries)?.Answers.Count ?? 0;
}
