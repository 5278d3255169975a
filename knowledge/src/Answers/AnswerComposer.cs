using ChatAssistant.Knowledge.Model;
using ChatAssistant.Knowledge.Understanding;

namespace ChatAssistant.Knowledge.Answers;

/// <summary>Puts a unit into words in one language: direct answer, facts, citation, uncertainty, follow-ups.</summary>
internal static class AnswerComposer
{
    private static readonly Text UncertainPrefix = new("Nav droši zināms: ", "Uncertain: ");
    private static readonly Text UncertaintyNote = new("Avots to nerāda droši: {0}", "The source does not show this reliably: {0}");
    private static readonly Text UnknownTitle = new("Es to nezinu", "I don't know");
    private static readonly Text UnknownDirect = new(
        "Es to nezinu: manās uzdevumu kartītēs par to nav informācijas, un minēt es negribu. Varu nodot jautājumu VARAM konsultācijai.",
        "I don't know: my task cards have no information on this, and I won't guess. I can pass the question to a VARAM consultation.");
    private static readonly Text CardMissing = new(
        "Man ir tikai šo uzdevumu kartītes: {0}. Par {1} zinu tikai nosaukumu, tāpēc uz šo jautājumu atbildēt nevaru. Varu nodot jautājumu VARAM konsultācijai.",
        "I only hold the cards of these tasks: {0}. Of {1} I know only the name, so I can't answer this. I can pass the question to a VARAM consultation.");
    private static readonly Text EmptyDirect = new(
        "Lūdzu, uzdodiet jautājumu vārdos, piemēram: „Kas izstrādā normatīvos aktus konkrētam pakalpojumam?”",
        "Please ask a question in words, for example: \"Who drafts the regulatory acts for a specific service?\"");

    public static Answer FromUnit(QuestionAnalysis q, AnswerUnit unit, AnswerStatus status, double confidence, IReadOnlyDictionary<string, AnswerUnit> units, IReadOnlyList<RankedHit> hits)
    {
        var lang = q.Language;
        var direct = unit.Direct.In(lang);
        if (unit.Unclear is not null) direct = UncertainPrefix.In(lang) + Phrases.LowerFirst(direct);
        return new Answer(
            q.Text,
            lang,
            q.Kind,
            status,
            confidence,
            unit.Id,
            unit.Title.In(lang),
            direct,
            unit.Facts.Select(f => new AnswerFact(f.Text.In(lang), f.Unclear?.In(lang))).ToList(),
            unit.Source.Cite(lang),
            unit.Unclear is null ? null : string.Format(System.Globalization.CultureInfo.InvariantCulture, UncertaintyNote.In(lang), unit.Unclear.In(lang)),
            status == AnswerStatus.Consult,
            unit.FollowUps.Select(id => units[id]).Select(u => new FollowUp(u.Id, Label(u, lang))).ToList(),
            Top(hits))
        {
            Role = unit.Entities.Roles.Count == 1 ? unit.Entities.Roles[0] : null,
        };
    }

    /// <summary>
    /// The answer marked as possibly not what was asked: the runner-up comes first among the follow-ups, so the
    /// person can switch with one press, and escalation is offered.
    /// </summary>
    public static Answer Tentative(Answer answer, AnswerUnit runnerUp) => answer with
    {
        Tentative = true,
        OfferEscalation = true,
        FollowUps = [new FollowUp(runnerUp.Id, Label(runnerUp, answer.Language)), .. answer.FollowUps.Where(f => f.UnitId != runnerUp.Id)],
    };

    public static Answer Unknown(QuestionAnalysis q, double confidence, IReadOnlyList<RankedHit> hits, KnowledgeBase knowledge, string? missingCard = null)
    {
        var lang = q.Language;
        var direct = q.Text.Any(char.IsLetterOrDigit) ? UnknownDirect.In(lang) : EmptyDirect.In(lang);
        if (missingCard is not null)
        {
            direct = string.Format(System.Globalization.CultureInfo.InvariantCulture, CardMissing.In(lang), string.Join(", ", knowledge.Cards.Select(c => c.Id)), missingCard);
        }
        return new Answer(q.Text, lang, q.Kind, AnswerStatus.Unknown, confidence, null, UnknownTitle.In(lang), direct, [], null, null,
            OfferEscalation: q.Text.Any(char.IsLetterOrDigit), [], Top(hits));
    }

    /// <summary>
    /// The best candidates an answer keeps, for diagnostics, the evaluation's MRR and the unanswered report: every answer
    /// may sit in the answer cache, so it keeps a few, not all of them.
    /// </summary>
    public const int KeptHits = 10;

    private static IReadOnlyList<RankedHit> Top(IReadOnlyList<RankedHit> hits) => hits.Count <= KeptHits ? hits : [.. hits.Take(KeptHits)];

    /// <summary>The label of a follow-up button: short, and saying what the unit answers.</summary>
    public static string Label(AnswerUnit unit, Language lang) => unit.Topic switch
    {
        Topic.RoleDuties => (lang == Language.Lv ? "Pienākumi: " : "Duties: ") + unit.Title.In(lang),
        Topic.Steps => (lang == Language.Lv ? "Soļi: " : "Steps: ") + unit.Title.In(lang),
        Topic.Responsibility => (lang == Language.Lv ? "Kas atbild: " : "Who is responsible: ") + unit.Title.In(lang),
        _ => unit.Title.In(lang),
    };
}
