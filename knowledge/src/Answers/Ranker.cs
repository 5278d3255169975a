using ChatAssistant.Knowledge.Model;
using ChatAssistant.Knowledge.Search;
using ChatAssistant.Knowledge.Understanding;

namespace ChatAssistant.Knowledge.Answers;

/// <summary>
/// Ranks candidate units by what the question asks for, not by BM25 alone: how much of the question a unit covers,
/// the kinds of question (each prefers some topics), and the roles, phases, tasks, conditions and acts it names.
/// </summary>
internal static class Ranker
{
    private static readonly double[] KindWeights = [0.35, 0.25, 0.15];
    private const double TitleBonus = 0.15;
    private const string AttentionSuffix = ":section:attention";
    private const string InformationSuffix = ":section:information";

    public static List<RankedHit> Rank(QuestionAnalysis q, SearchResult search, IReadOnlyDictionary<string, AnswerUnit> units, Func<string, bool> isHeldCard)
    {
        var max = search.Hits.Count > 0 ? search.Hits.Max(h => h.Score) : 0f;
        var candidates = search.Hits.ToDictionary(h => h.Unit.Id, h => (double)h.Score);
        foreach (var implied in Implied(q, units.Values)) candidates.TryAdd(implied.Id, 0);
        var context = new RankContext(q, isHeldCard);

        return candidates
            .Select(c =>
            {
                var unit = units[c.Key];
                var overlap = search.Overlap(unit);
                var score = Score(context, unit, max > 0 ? c.Value / max : 0, overlap) + (search.TitleHit(unit) ? TitleBonus : 0);
                return new RankedHit(c.Key, c.Value, score, overlap);
            })
            .OrderByDescending(h => h.Score)
            .ThenBy(h => h.UnitId, StringComparer.Ordinal)
            .ToList();
    }

    private sealed record RankContext(QuestionAnalysis Q, Func<string, bool> IsHeldCard)
    {
        /// <summary>Naming the card itself with another question ("PU2-6 results") is context, not a question about the task.</summary>
        public IReadOnlyList<string> AskedTasks { get; } =
            Q.Tasks.Where(t => !IsHeldCard(t) || Q.Kinds.All(k => k is QuestionKind.Task or QuestionKind.Unknown)).ToList();
    }

    private static double Score(RankContext context, AnswerUnit unit, double bm25, double overlap)
    {
        var q = context.Q;
        var score = 0.35 * bm25 + 0.35 * overlap + KindBonus(q, unit);

        var e = unit.Entities;
        // From a role's point of view, a question about a phase asks for the steps everyone involved takes then.
        var roleViewOfAPhase = q.RoleView && q.Phase is not null;
        if (roleViewOfAPhase && e.Roles.Count > 0) score -= 0.3;
        // Steps of a phase asked with no role, and the levels table, are about everyone: no one role's duty answers them.
        if (q.Roles.Count == 0 && e.Roles.Count == 1 && q.DutyKind is null && (q.Phase is not null || q.Kinds.Contains(QuestionKind.LevelsScales))) score -= 0.3;
        // Two or more acts named ask about the list of acts.
        if (q.LegalActs.Count >= 2 && e.LegalAct is not null) score -= 0.6;
        // "Kurā līmenī ir resursa saimnieka loma?" asks for the levels table: the role named is not what is asked about.
        if (q.Roles.Count > 0 && e.Roles.Count == 1 && !roleViewOfAPhase && !q.AsksWhichLevel) score += q.Roles.Contains(e.Roles[0]) ? 0.35 : -0.4;
        // "Kurš izstrādā jaunus aktus konkrētam resursam?": the resource roles, though no role is named.
        if (q.Level is not null && e.Roles.Count == 1) score += e.Roles[0].StartsWith("resource", StringComparison.Ordinal) == (q.Level == "support") ? 0.05 : -0.05;
        // Scope decides between roles when the question names none, or names several ("the resource manager or the
        // resource portfolio manager?") and says which kind of act it means.
        // Not when it asks what to bear in mind ("izstrādājot pašvaldību aktus, vai tie jāsalāgo ar …?"), nor which role
        // sits at a level of a scale ("kura loma darbojas nodrošinājuma līmenī konkrēta resursa mērogā?"): the scale is the
        // levels table's.
        if (q.Scope is not null && e.Scope is not null && q.Roles.Count != 1 && !q.AsksWhatToMind && !(q.NamesALevel && q.DutyKind is null))
        {
            var weight = q.Roles.Count > 1 ? 0.25 : 0.12;
            score += q.Scope == e.Scope ? weight : -weight;
        }
        if (q.Scope == "sector" && q.Roles.Count == 0 && e.Roles.Count > 0) score -= 0.4;
        if (q.Phase is not null && e.Phase is not null) score += q.Phase == e.Phase ? 0.3 : -0.15;
        // "Kuri N kodi ir saistīti ar aktu izstrādi?" names drafting as the task's work, not to ask about the duty; so
        // does "vai tas ir saistīts ar speciālo normatīvo aktu izstrādi?" after another task.
        if (q.DutyKind is not null && e.DutyKind is not null
            && !(q.Roles.Count == 0 && ((!q.IsFollowUp && q.Kind is QuestionKind.Conditions or QuestionKind.LegalActs or QuestionKind.Competences or QuestionKind.Resources or QuestionKind.Outcomes) || q.Kind is QuestionKind.RelatedTasks)))
        {
            score += q.DutyKind == e.DutyKind ? 0.3 : -0.1;
        }
        if (e.Task is not null) score += context.AskedTasks.Contains(e.Task) ? 0.6 : context.AskedTasks.Count > 0 || !q.Kinds.Contains(QuestionKind.Task) ? -0.3 : 0;
        // One condition or act answers only when named; otherwise the list of them is the answer.
        if (e.Condition is not null) score += q.Conditions.Contains(e.Condition) ? 0.5 : -0.25;
        if (e.LegalAct is not null) score += q.LegalActs.Contains(e.LegalAct) ? 0.5 : -0.25;
        if (e.Group is not null) score += q.Group == e.Group ? 0.6 : -0.3;
        if (e.CatalogueAsk is not null) score += q.CatalogueAsk == e.CatalogueAsk ? 0.5 : -0.2;
        // "Vai tas ir saistīts ar speciālo normatīvo aktu izstrādi?" names this card by its subject to ask about its
        // links: the subject's words are no question about the drafting steps.
        if (q.NamesThisCardsSubject && q.Kind == QuestionKind.RelatedTasks && unit.Topic is not (Topic.RelatedTasks or Topic.Task)) score -= 0.3;
        // "Vai tie jāsalāgo ar vispārējiem aktiem?", "what should we keep in mind": the card's points for attention.
        if (q.AsksWhatToMind && q.Kind == QuestionKind.Guidance && unit.Id.EndsWith(AttentionSuffix, StringComparison.Ordinal)) score += 0.15;
        // "Kāda info vajadzīga, lai šo uzdevumu izdarītu?": the information resources, whatever else the words match.
        if (q.AsksForInformation && q.Kind == QuestionKind.Resources && unit.Id.EndsWith(InformationSuffix, StringComparison.Ordinal)) score += 0.15;
        // A lifecycle stage named ("retiring a service") asks about the stages the task is involved in.
        if (q.AsksAboutStages) score += e.Lifecycle ? 0.3 : unit.Topic is Topic.LevelsScales or Topic.Steps ? -0.15 : 0;
        // "Vai tas attiecas arī uz nodrošinājuma līmeni?" asks about a level, which the lifecycle stages are not.
        else if (q.NamesALevel && e.Lifecycle) score -= 0.15;
        return score;
    }

    /// <summary>The first kind of question counts most; later ones, weaker hints, count less.</summary>
    private static double KindBonus(QuestionAnalysis q, AnswerUnit unit)
    {
        for (var i = 0; i < q.Kinds.Count; i++)
        {
            var topics = QuestionKindTopics.Of(q.Kinds[i]);
            var at = IndexOf(topics, unit.Topic);
            if (at >= 0) return KindWeights[Math.Min(i, KindWeights.Length - 1)] * (at == 0 ? 1 : 0.6);
        }
        return 0;
    }

    private static int IndexOf(IReadOnlyList<Topic> topics, Topic topic)
    {
        for (var i = 0; i < topics.Count; i++)
        {
            if (topics[i] == topic) return i;
        }
        return -1;
    }

    /// <summary>Units a question names outright are candidates even when BM25 misses them (e.g. a bare "pu2-7").</summary>
    private static IEnumerable<AnswerUnit> Implied(QuestionAnalysis q, IEnumerable<AnswerUnit> units) =>
        units.Where(u =>
            (u.Entities.Task is not null && q.Tasks.Contains(u.Entities.Task)) ||
            (u.Entities.Condition is not null && q.Conditions.Contains(u.Entities.Condition)) ||
            (u.Entities.LegalAct is not null && q.LegalActs.Contains(u.Entities.LegalAct)) ||
            (u.Entities.Roles.Count == 1 && q.Roles.Contains(u.Entities.Roles[0])) ||
            (u.Entities.Group is not null && u.Entities.Group == q.Group) ||
            (u.Topic == Topic.Catalogue && q.Kinds.Contains(QuestionKind.Catalogue)) ||
            // "What is PU2-6 linked to": the task's ID is no search word, and "linked" is none of the links' words.
            (u.Topic == Topic.RelatedTasks && q.Kinds.Contains(QuestionKind.RelatedTasks)) ||
            (u.Entities.Phase is not null && u.Entities.Phase == q.Phase && u.Topic == Topic.Steps));
}
