using ChatAssistant.Knowledge.Model;
using ChatAssistant.Knowledge.Understanding;

namespace ChatAssistant.Knowledge.Answers;

/// <summary>
/// Ranks candidate units by what the question asks for, not by BM25 alone: the kind of question prefers some
/// topics, and named roles, phases, tasks, conditions and acts pull their own units up and push others down.
/// </summary>
internal static class Ranker
{
    public static List<RankedHit> Rank(QuestionAnalysis q, IReadOnlyList<(AnswerUnit Unit, float Score)> hits, IReadOnlyDictionary<string, AnswerUnit> units)
    {
        var max = hits.Count > 0 ? hits.Max(h => h.Score) : 0f;
        var candidates = hits.ToDictionary(h => h.Unit.Id, h => (double)h.Score);
        foreach (var implied in Implied(q, units.Values)) candidates.TryAdd(implied.Id, 0);

        return candidates
            .Select(c => new RankedHit(c.Key, c.Value, Score(q, units[c.Key], max > 0 ? c.Value / max : 0)))
            .OrderByDescending(h => h.Score)
            .ThenBy(h => h.UnitId, StringComparer.Ordinal)
            .ToList();
    }

    private static double Score(QuestionAnalysis q, AnswerUnit unit, double bm25)
    {
        var score = 0.5 * bm25;
        var topics = QuestionKindTopics.Of(q.Kind);
        if (topics.Contains(unit.Topic)) score += topics[0] == unit.Topic ? 0.35 : 0.2;
        else if (q.Kinds.Skip(1).Any(k => QuestionKindTopics.Of(k).Contains(unit.Topic))) score += 0.12;

        var e = unit.Entities;
        if (q.Roles.Count > 0 && e.Roles.Count == 1)
        {
            score += q.Roles.Contains(e.Roles[0]) ? 0.35 : -0.4;
        }
        if (q.Phase is not null && e.Phase is not null) score += q.Phase == e.Phase ? 0.3 : -0.15;
        if (q.DutyKind is not null && e.DutyKind is not null) score += q.DutyKind == e.DutyKind ? 0.2 : -0.05;
        if (e.Task is not null) score += q.Tasks.Contains(e.Task) ? 0.6 : q.Tasks.Count > 0 ? -0.3 : 0;
        if (e.Condition is not null) score += q.Conditions.Contains(e.Condition) ? 0.5 : q.Conditions.Count > 0 ? -0.2 : 0;
        if (e.LegalAct is not null) score += q.LegalActs.Contains(e.LegalAct) ? 0.5 : q.LegalActs.Count > 0 ? -0.2 : 0;
        return score;
    }

    /// <summary>Units a question names outright are candidates even when BM25 misses them (e.g. a bare "pu2-7").</summary>
    private static IEnumerable<AnswerUnit> Implied(QuestionAnalysis q, IEnumerable<AnswerUnit> units) =>
        units.Where(u =>
            (u.Entities.Task is not null && q.Tasks.Contains(u.Entities.Task)) ||
            (u.Entities.Condition is not null && q.Conditions.Contains(u.Entities.Condition)) ||
            (u.Entities.LegalAct is not null && q.LegalActs.Contains(u.Entities.LegalAct)) ||
            (u.Entities.Roles.Count == 1 && q.Roles.Contains(u.Entities.Roles[0])) ||
            (u.Entities.Phase is not null && u.Entities.Phase == q.Phase && u.Topic == Topic.Steps));
}
