using System.Text.Json.Nodes;
using ChatAssistant.Cards.Strings;
using ChatAssistant.Knowledge.Answers;
using static ChatAssistant.Cards.AdaptiveCard;

namespace ChatAssistant.Cards.ComposeSearch;

/// <summary>
/// An answer that one person inserts into a chat or channel from the compose box. Everyone there reads it, most of them
/// without having asked, so it keeps what makes the answer stand on its own (title, answer, facts, what is uncertain,
/// the citation) and drops every button: a vote, an escalation or a checklist would act for whoever pressed it, in a
/// conversation where the bot may not even be installed. An unanswered question says so and how to ask VARAM.
/// </summary>
public static class SharedAnswerCardBuilder
{
    /// <summary>A question shown back on a card is cut here: a compose-box query can be a pasted page.</summary>
    public const int MaxQuestionChars = 300;

    public static JsonObject Build(Answer answer)
    {
        var language = answer.Language;
        if (answer.Status is not (AnswerStatus.Answered or AnswerStatus.Consult)) return NotAnswered(answer.Question, language);

        var body = new List<JsonNode>
        {
            TextBlock(AnswerCardBuilder.Heading(answer.Title), weight: TextWeight.Bolder, size: TextSize.Large),
            TextBlock(answer.Direct),
        };
        body.AddRange(answer.Facts.SelectMany(fact => AnswerCardBuilder.FactLines(fact, language)));
        if (answer.Uncertainty is not null) body.Add(TextBlock(answer.Uncertainty, color: TextColor.Warning));
        if (answer.Citation is not null) body.AddRange(AnswerCardBuilder.SourceLines(answer));
        body.Add(TextBlock(ComposeSearchText.SharedFrom.In(language), isSubtle: true, size: TextSize.Small, separator: true));
        return Card(body, []).FullWidth();
    }

    /// <summary>The one result of a query the cards do not answer: the question as typed (as text), and how to ask VARAM.</summary>
    public static JsonObject NotAnswered(string question, Knowledge.Model.Language language)
    {
        var body = new List<JsonNode>
        {
            TextBlock(ComposeSearchText.NotAnsweredTitle.In(language), weight: TextWeight.Bolder, size: TextSize.Large),
        };
        var asked = UserText.Clean(question).Trim();
        if (asked.Length > 0) body.Add(UserText.Labelled(ComposeSearchText.Question.In(language), CardBudget.Preview(asked, MaxQuestionChars)));
        body.Add(TextBlock(ComposeSearchText.NotAnswered.In(language), spacing: Spacing.Medium));
        return Card(body, []).FullWidth();
    }
}
