using System.Text.Json.Nodes;
using ChatAssistant.Knowledge.Answers;
using ChatAssistant.Knowledge.Model;
using static ChatAssistant.Cards.AdaptiveCard;
using ChatAssistant.Cards.Strings;

namespace ChatAssistant.Cards;

/// <summary>
/// Renders an answer the way a reader scans it: what it is about, the answer itself, the supporting facts, what is
/// uncertain, where it comes from, then what to do next. Nothing is added that the answer does not contain.
/// </summary>
public static class AnswerCardBuilder
{
    /// <summary>More related questions than this crowd out the answer on a phone screen.</summary>
    public const int MaxFollowUps = 3;

    public static JsonObject Build(Answer answer)
    {
        var language = answer.Language;
        var offersEscalation = answer.Status is AnswerStatus.Unknown or AnswerStatus.Consult || answer.OfferEscalation;
        // An unknown answer has nothing to cite; handing the question on is the useful next step, so it comes first.
        var escalationFirst = answer.Status == AnswerStatus.Unknown;

        var body = new List<JsonNode>
        {
            TextBlock(Heading(answer.Title), weight: TextWeight.Bolder, size: TextSize.Large),
            TextBlock(answer.Direct),
        };
        if (answer.Tentative) body.Add(TextBlock(QnaText.Tentative.In(language), color: TextColor.Warning));
        if (offersEscalation && escalationFirst) body.Add(EscalateButton(answer));

        body.AddRange(answer.Facts.SelectMany(fact => FactLines(fact, language)));
        if (answer.Uncertainty is not null) body.Add(TextBlock(answer.Uncertainty, color: TextColor.Warning));
        if (answer.Citation is not null && answer.Status != AnswerStatus.Unknown) body.AddRange(SourceLines(answer));
        body.AddRange(FollowUpSection(answer));
        if (answer.Role is not null) body.Add(ChecklistButton(answer));
        if (offersEscalation && !escalationFirst) body.Add(EscalateButton(answer));

        body.Add(TextBlock(FeedbackText.WasThisHelpful.In(language), isSubtle: true, separator: true));
        return Card(body, FeedbackButtons(answer)).FullWidth();
    }

    /// <summary>English titles are glossary terms kept in lower case for use inside sentences; a heading needs a capital.</summary>
    public static string Heading(string title) =>
        title.Length > 0 && char.IsLower(title[0]) ? char.ToUpperInvariant(title[0]) + title[1..] : title;

    /// <summary>A supporting fact, and what is unclear about it; shared with the card people insert into a chat.</summary>
    public static IEnumerable<JsonNode> FactLines(AnswerFact fact, Language language)
    {
        yield return TextBlock("• " + fact.Text);
        if (fact.Unclear is not null)
        {
            yield return TextBlock($"{QnaText.Uncertain.In(language)}: {fact.Unclear}", color: TextColor.Warning, spacing: Spacing.None);
        }
    }

    /// <summary>The citation and the confidence band; shared with the card people insert into a chat.</summary>
    public static IEnumerable<JsonNode> SourceLines(Answer answer)
    {
        var language = answer.Language;
        yield return TextBlock($"{QnaText.Source.In(language)}: {answer.Citation}", isSubtle: true, spacing: Spacing.Medium);
        yield return TextBlock($"{QnaText.Confidence.In(language)}: {ConfidenceBand(answer.Confidence).In(language)}",
            isSubtle: true, spacing: Spacing.None);
    }

    /// <summary>
    /// Bands rather than a percentage: the score is a ranking signal, not a probability, and a number would promise
    /// more precision than it has. The engine answers only from 0.45, so "low" still means answered.
    /// </summary>
    public static Text ConfidenceBand(double confidence) => confidence switch
    {
        >= 0.8 => QnaText.ConfidenceHigh,
        >= 0.6 => QnaText.ConfidenceMedium,
        _ => QnaText.ConfidenceLow,
    };

    private static IEnumerable<JsonNode> FollowUpSection(Answer answer)
    {
        if (answer.FollowUps.Count == 0) yield break;
        yield return TextBlock(QnaText.RelatedQuestions.In(answer.Language), weight: TextWeight.Bolder, spacing: Spacing.Medium);
        yield return ActionSet(answer.FollowUps.Take(MaxFollowUps)
            .Select(f => Submit(f.Label, CardActions.FollowUpData(f.UnitId, f.Label).InLanguage(answer.Language))), Spacing.Small);
    }

    /// <summary>An answer about a role offers that role's step checklist.</summary>
    private static JsonObject ChecklistButton(Answer answer) => ActionSet(
        [Submit(QnaText.ChecklistForRole.In(answer.Language), CardActions.ChecklistStartData(answer.Role).InLanguage(answer.Language))],
        Spacing.Medium);

    private static JsonObject EscalateButton(Answer answer) => ActionSet(
        [Submit(QnaText.Escalate.In(answer.Language), CardActions.EscalateStartData(answer.Question).InLanguage(answer.Language), ActionStyle.Positive)],
        Spacing.Medium);

    private static IEnumerable<JsonNode> FeedbackButtons(Answer answer) =>
    [
        Submit(FeedbackText.Helpful.In(answer.Language), CardActions.FeedbackData(true, answer.Question, answer.UnitId).InLanguage(answer.Language)),
        Submit(FeedbackText.NotHelpful.In(answer.Language), CardActions.FeedbackData(false, answer.Question, answer.UnitId).InLanguage(answer.Language)),
    ];
}
