using ChatAssistant.Knowledge.Model;
using ChatAssistant.Knowledge.Search;
using ChatAssistant.Knowledge.Understanding;

namespace ChatAssistant.Knowledge.Answers;

/// <summary>
/// Question in, answer out: understand the question, search the current index, rank by what was asked, and either
/// state the best fact with its citation or say plainly that the assistant does not know.
/// </summary>
public sealed class AnswerEngine(KnowledgeIndex index, double confidenceThreshold = AnswerEngine.DefaultThreshold, bool cacheAnswers = true)
{
    public const double DefaultThreshold = 0.45;

    private static readonly QuestionKind[] CardSpecificKinds =
    [
        QuestionKind.Responsible, QuestionKind.RoleDuties, QuestionKind.Steps, QuestionKind.Outcomes, QuestionKind.LegalActs,
        QuestionKind.Competences, QuestionKind.Resources, QuestionKind.LevelsScales, QuestionKind.Conditions, QuestionKind.Guidance,
    ];

    private readonly AnswerCache? cache = cacheAnswers ? new AnswerCache() : null;

    /// <summary>Answers <paramref name="question"/>; a question asked before on the same content is answered from the cache.</summary>
    public Answer Ask(string question, string? locale = null)
    {
        var snapshot = index.Current;
        return cache is null
            ? Compute(snapshot, question ?? "", locale)
            : cache.GetOrAdd(snapshot, question ?? "", locale, () => Compute(snapshot, question ?? "", locale));
    }

    private Answer Compute(IndexSnapshot snapshot, string question, string? locale)
    {
        var q = snapshot.Understanding.Analyse(question, locale);
        if (!q.Text.Any(char.IsLetterOrDigit)) return AnswerComposer.Unknown(q, 0, [], snapshot.Knowledge);

        bool Held(string task) => snapshot.Knowledge.Card(task) is not null;
        if (q.Tasks.Count > 0 && !q.Tasks.Any(Held) && q.Kinds.Any(CardSpecificKinds.Contains))
        {
            return AnswerComposer.Unknown(q, 0, [], snapshot.Knowledge, q.Tasks[0]);
        }

        if (q.AsksForUnstatedFacts) return AnswerComposer.Unknown(q, 0, [], snapshot.Knowledge);

        if (q.Kind == QuestionKind.RegulatoryChange)
        {
            var consultation = snapshot.Units.FirstOrDefault(u => u.Topic == Topic.Consultation);
            if (consultation is not null) return AnswerComposer.FromUnit(q, consultation, AnswerStatus.Consult, 1, snapshot.UnitsById, []);
        }

        // Task IDs are matched as entities; as search terms "pu2" would match every task's name.
        var searchText = EntityRecognizer.WithoutTaskIds(q.Text);
        var hits = Ranker.Rank(q, snapshot.Search(searchText, snapshot.Units.Count), snapshot.UnitsById, Held);
        if (hits.Count == 0) return AnswerComposer.Unknown(q, 0, hits, snapshot.Knowledge);

        var coverage = snapshot.Coverage(q.Text);
        var confidence = Confidence(hits[0], coverage);
        if (confidence < confidenceThreshold) return AnswerComposer.Unknown(q, confidence, hits, snapshot.Knowledge) with { Coverage = coverage };

        var unit = snapshot.UnitsById[hits[0].UnitId];
        return AnswerComposer.FromUnit(q, unit, StatusOf(unit), confidence, snapshot.UnitsById, hits) with { Coverage = coverage };
    }

    /// <summary>Answers one unit directly, as when someone presses a follow-up button.</summary>
    public Answer? AnswerUnit(string unitId, Language language, string label)
    {
        var snapshot = index.Current;
        if (!snapshot.UnitsById.TryGetValue(unitId, out var unit)) return null;
        var q = snapshot.Understanding.Analyse(label) with { Language = language };
        return AnswerComposer.FromUnit(q, unit, StatusOf(unit), 1, snapshot.UnitsById, []);
    }

    /// <summary>A consultation unit is an answer that sends the person to VARAM, not a fact to act on.</summary>
    private static AnswerStatus StatusOf(AnswerUnit unit) => unit.Topic == Topic.Consultation ? AnswerStatus.Consult : AnswerStatus.Answered;

    /// <summary>
    /// How sure the engine is, 0..1: the strength of the best candidate, discounted steeply once a third or more of
    /// the question's meaningful words are unknown to the content. Out-of-scope questions ("how do I apply for a
    /// passport") share a word or two with the cards by chance; questions about the card share most of theirs.
    /// </summary>
    private static double Confidence(RankedHit top, double coverage)
    {
        var strength = Math.Clamp(top.Score, 0, 1);
        var known = Math.Clamp((coverage - 0.25) / 0.45, 0, 1);
        return Math.Round(strength * known, 3);
    }
}
