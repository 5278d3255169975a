using ChatAssistant.Knowledge.Caching;
using ChatAssistant.Knowledge.Search;

namespace ChatAssistant.Knowledge.Answers;

/// <summary>
/// Answers to questions asked before, for the index snapshot they were computed on. Staff ask the same handful of
/// questions again and again; answering them from here costs a dictionary lookup instead of analysis, search and
/// ranking. A new snapshot (edited content) empties it, and it never holds more than <see cref="Capacity"/> answers:
/// when full it starts over, which keeps it simple and bounded.
/// </summary>
internal sealed class AnswerCache
{
    public const int Capacity = 4096;
    private const int MaxQuestionLength = 500;

    /// <summary>The answers and the snapshot they belong to, swapped as one, so no reader pairs a new snapshot with old answers.</summary>
    private sealed record Entries(IndexSnapshot Snapshot, BoundedCache<(string Question, string Locale, string Context), Answer> Answers);

    private Entries? entries;

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
        held.Answers.Add(key, answer);
        return answer;
    }
}
