using System.Text.RegularExpressions;
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

    /// <summary>Below this confidence, or with a runner-up within <see cref="CloseCall"/>, an answer is tentative.</summary>
    public const double TentativeBelow = 0.55;

    /// <summary>A lead of the best candidate over the next smaller than this is a close call between two units.</summary>
    public const double CloseCall = 0.03;

    private static readonly QuestionKind[] CardSpecificKinds =
    [
        QuestionKind.Responsible, QuestionKind.RoleDuties, QuestionKind.Steps, QuestionKind.Outcomes, QuestionKind.LegalActs,
        QuestionKind.Competences, QuestionKind.Resources, QuestionKind.LevelsScales, QuestionKind.Conditions, QuestionKind.Guidance,
    ];

    private readonly AnswerCache? cache = cacheAnswers ? new AnswerCache() : null;

    /// <summary>
    /// Answers <paramref name="question"/>. <paramref name="previous"/> is the <see cref="Answer.Context"/> of the
    /// previous answer in the same conversation: a follow-up that leans on it ("and for resources?") inherits what it
    /// lacks. A question asked before on the same content, and not leaning on the previous one, comes from the cache.
    /// </summary>
    public Answer Ask(string question, string? locale = null, AnswerContext? previous = null)
    {
        using var lease = index.Acquire();
        var snapshot = lease.Snapshot;
        question ??= "";
        // A follow-up's answer depends on the previous answer too; anything else on the question alone.
        var context = previous is not null && QuestionUnderstanding.MayFollowUp(question, locale) ? previous : null;
        return cache is null
            ? Compute(snapshot, question, locale, context)
            : cache.GetOrAdd(snapshot, question, locale, context?.Key, () => Compute(snapshot, question, locale, context));
    }

    private Answer Compute(IndexSnapshot snapshot, string question, string? locale, AnswerContext? previous)
    {
        // Shorthand ("pak. vadītājs", "norm. akti") is written out before spelling correction could take it for a typo.
        var expanded = Abbreviations.Expand(question);
        var corrected = snapshot.Spelling.Correct(expanded);
        var q = snapshot.Understanding.Analyse(corrected, locale, previous, ReferenceEquals(corrected, expanded) ? null : expanded);
        if (!q.Text.Any(char.IsLetterOrDigit)) return AnswerComposer.Unknown(q, 0, [], snapshot.Knowledge) with { Question = question };
        // "Pārfrāzē vienkāršāk, lūdzu": the previous answer again, when the message names nothing of its own.
        if (previous?.UnitId is { } last && q.Intent is null && FollowUps.AsksToRephrase(TextFolding.Fold(expanded))
            && snapshot.UnitsById.TryGetValue(last, out var again) && !NamesASubject(snapshot.Understanding.Analyse(corrected, locale)))
        {
            return Chosen(snapshot, q, again, StatusOf(again)) with { Question = question };
        }
        return Decide(snapshot, q) with { Question = question };
    }

    private Answer Decide(IndexSnapshot snapshot, QuestionAnalysis q)
    {
        if (q.Intent is { } intent) return ConversationReplies.ForIntent(q, intent);
        if (q.UnassignedAction is { } action) return ConversationReplies.Unassigned(q, action);

        bool Held(string task) => snapshot.Knowledge.Card(task) is not null;
        // "Is PU1-3 linked to this one?" is a question about this card's links, which it can answer.
        var aboutTheseLinks = q.Kinds.Contains(QuestionKind.RelatedTasks) && (q.RefersToThisCard || q.NamesThisCardsSubject);
        if (q.Tasks.Count > 0 && !q.Tasks.Any(Held) && q.Kinds.Any(CardSpecificKinds.Contains) && !q.Kinds.Contains(QuestionKind.Task) && !aboutTheseLinks)
        {
            return AnswerComposer.Unknown(q, 0, [], snapshot.Knowledge, q.Tasks[0]);
        }

        if (q.AsksForUnstatedFacts) return AnswerComposer.Unknown(q, 0, [], snapshot.Knowledge);

        if (q.Kind == QuestionKind.RegulatoryChange)
        {
            var consultation = snapshot.Units.FirstOrDefault(u => u.Topic == Topic.Consultation);
            // "Will the regulation change?" is answered by the card's points for attention: the regulation in force is
            // being revised, significant changes are planned, and VARAM is to be consulted. Which changes, and whom
            // to ask, get the consultation itself. Either way the reply offers the consultation.
            var reply = consultation is not null && KindRules.AsksWhetherRegulationChanges(TextFolding.Fold(q.Text))
                && snapshot.UnitsById.TryGetValue(UnitIds.Section(consultation.Source.Card, "attention"), out var attention) ? attention : consultation;
            // The context lets "ar ko par to runāt?" lean on it.
            if (reply is not null) return Chosen(snapshot, q, reply, AnswerStatus.Consult);
        }

        // "And after that?" names nothing to search for: the next phase's steps are the answer.
        if (q.AsksWhatNext && snapshot.Units.FirstOrDefault(u => u.Topic == Topic.Steps && u.Entities.Roles.Count == 0 && u.Entities.Phase == q.Phase) is { } next)
        {
            return Chosen(snapshot, q, next, AnswerStatus.Answered) with { Coverage = 1 };
        }

        // "What does the second one mean?" after a list of conditions or acts: that item, in the card's order.
        if (q.Ordinal is { } place && ListedItem(snapshot, q.Kind, place) is { } item)
        {
            return Chosen(snapshot, q, item, AnswerStatus.Answered) with { Coverage = 1 };
        }

        // Task IDs are matched as entities; as search terms "pu2" would match every task's name.
        var searchText = EntityRecognizer.WithoutTaskIds(q.Text);
        // "Kā sauc uzdevumu, kas saistīts ar nemitīgu pilnveidi?": the task's subject follows "saistīts ar", which is
        // no word of its name (another task's name saying "saistītās" would win on it).
        if (q.Kind == QuestionKind.Task) searchText = RelatedToWords.Replace(searchText, " ");
        var hits = Ranker.Rank(q, snapshot.Search(searchText, snapshot.Units.Count), snapshot.UnitsById, Held);
        if (hits.Count == 0) return AnswerComposer.Unknown(q, 0, hits, snapshot.Knowledge);

        // A follow-up's subject comes from the previous answer, so its own few words say little about scope.
        // So does a question from a role's point of view, whose own words are often about the person's work.
        // So does a question that names a task by its ID and gets that task ("what's PU3-4? just curious").
        var coverage = q.IsFollowUp || q.RoleView || (q.Tasks.Count == 1 && hits[0].UnitId == UnitIds.Task(q.Tasks[0])) ? 1 : snapshot.Coverage(q.Text);
        var confidence = Confidence(hits[0], coverage, NamesASubject(q));
        if (confidence < confidenceThreshold) return AnswerComposer.Unknown(q, confidence, hits, snapshot.Knowledge) with { Coverage = coverage };

        var unit = snapshot.UnitsById[hits[0].UnitId];
        var answer = AnswerComposer.FromUnit(q, unit, StatusOf(unit), confidence, snapshot.UnitsById, hits) with { Coverage = coverage, Context = ContextOf(q, unit, snapshot.Knowledge.Catalogue) };
        return answer.Status == AnswerStatus.Answered && IsCloseCall(confidence, hits) ? AnswerComposer.Tentative(answer, snapshot.UnitsById[hits[1].UnitId]) : answer;
    }

    /// <summary>
    /// Whether the best candidate only just won: a weak match, or a runner-up close behind. Measured on the tuning sets,
    /// these few answers hold a good share of the wrong ones, so they say they may be wrong instead of stating a fact.
    /// </summary>
    private static bool IsCloseCall(double confidence, IReadOnlyList<RankedHit> hits) =>
        hits.Count > 1 && (confidence < TentativeBelow || hits[0].Score - hits[1].Score < CloseCall);

    /// <summary>A unit chosen outright, without a search: stated at full confidence, with the context a follow-up leans on.</summary>
    private static Answer Chosen(IndexSnapshot snapshot, QuestionAnalysis q, AnswerUnit unit, AnswerStatus status) =>
        AnswerComposer.FromUnit(q, unit, status, 1, snapshot.UnitsById, []) with { Context = ContextOf(q, unit, snapshot.Knowledge.Catalogue) };

    private static readonly Regex RelatedToWords = new(@"\b(saist[īi]t\w*|related|connected|linked)\s+(ar|to|with)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static AnswerUnit? ListedItem(IndexSnapshot snapshot, QuestionKind kind, int place)
    {
        var card = snapshot.Knowledge.Cards.FirstOrDefault(c => c.Roles.Count > 0);
        if (card is null) return null;
        var ids = kind switch
        {
            QuestionKind.Conditions => card.Conditions.Items.Select(UnitIds.Condition).ToList(),
            QuestionKind.LegalActs => card.LegalActs.Acts.Select(UnitIds.Act).ToList(),
            _ => [],
        };
        var index = place == -1 ? ids.Count - 1 : place - 1;
        return index >= 0 && index < ids.Count && snapshot.UnitsById.TryGetValue(ids[index], out var unit) ? unit : null;
    }

    /// <summary>What a follow-up may inherit: the subject of the unit that answered, and the kind of question.</summary>
    private static AnswerContext ContextOf(QuestionAnalysis q, AnswerUnit unit, Catalogue catalogue)
    {
        var e = unit.Entities;
        var kind = unit.Topic switch
        {
            Topic.Task => QuestionKind.Task,
            Topic.Catalogue => QuestionKind.Catalogue,
            Topic.RoleDuties => QuestionKind.RoleDuties,
            Topic.Responsibility => QuestionKind.Responsible,
            // A list of acts or conditions, however it was asked for: "vai pirmais no tiem ir likums?" points into it.
            Topic.LegalActs => QuestionKind.LegalActs,
            Topic.Conditions => QuestionKind.Conditions,
            _ => q.Kind,
        };
        return new AnswerContext(kind, e.Roles.Count > 0 ? e.Roles : q.Roles, e.Task, e.Phase ?? q.Phase, e.DutyKind ?? q.DutyKind, e.Scope ?? q.Scope,
            e.Group ?? (e.Task is null ? null : catalogue.Find(e.Task)?.Group), unit.Id);
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
    private static double Confidence(RankedHit top, double coverage, bool namesASubject)
    {
        var strength = Math.Clamp(top.Score, 0, 1);
        // A question that names something of the card (a role, a task, a group, a phase, a condition, an act) is
        // about the card even when the rest of its words are jargon the content does not use ("remit", "RACI").
        var floor = namesASubject ? 0.1 : 0.25;
        var known = Math.Clamp((coverage - floor) / 0.45, 0, 1);
        return Math.Round(strength * known, 3);
    }

    private static bool NamesASubject(QuestionAnalysis q) =>
        q.Roles.Count > 0 || q.Tasks.Count > 0 || q.Group is not null || q.Phase is not null || q.Conditions.Count > 0 || q.LegalActs.Count > 0 || q.CatalogueAsk is not null
        // "skills list pls", "risk if we skip this?": a section of the card asked for by name, in few words of the content's.
        || q.Kind is QuestionKind.Competences or QuestionKind.Outcomes || q.AsksWhatToMind || q.AsksAboutTaskLinks;
}
