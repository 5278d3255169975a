using System.Collections.Concurrent;
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

    private ConcurrentDictionary<(string Question, string Locale), Answer> answers = new();
    private IndexSnapshot? snapshot;

    public Answer GetOrAdd(IndexSnapshot current, string question, string? locale, Func<Answer> compute)
    {
        if (question.Length > MaxQuestionLength) return compute(); // long texts are one-offs; keep them out
        var map = answers;
        if (!ReferenceEquals(Volatile.Read(ref snapshot), current))
        {
            map = new ConcurrentDictionary<(string, string), Answer>();
            answers = map;
            Volatile.Write(ref snapshot, current);
        }
        var key = (question, locale ?? "");
        if (map.TryGetValue(key, out var cached)) return cached;
        var answer = compute();
        if (map.Count >= Capacity) map.Clear();
        map[key] = answer;
        return answer;
    }
}
