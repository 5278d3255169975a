using ChatAssistant.Knowledge.Answers;

namespace ChatAssistant.Knowledge.Search;

/// <summary>BM25 hits for a question, and how much of the question any unit covers (hit or not).</summary>
internal sealed record SearchResult(IReadOnlyList<(AnswerUnit Unit, float Score)> Hits, Func<AnswerUnit, double> Overlap, Func<AnswerUnit, bool> TitleHit);
