using System.Text.Json.Nodes;
using ChatAssistant.Knowledge.Model;
using static ChatAssistant.Cards.AdaptiveCard;

namespace ChatAssistant.Cards;

/// <summary>The first card a user sees: what the assistant can do, and questions to try with one tap.</summary>
public static class WelcomeCardBuilder
{
    public static JsonObject Build(Language language) => Card(
        [
            TextBlock(UiText.WelcomeTitle.In(language), weight: TextWeight.Bolder, size: TextSize.Large),
            TextBlock(UiText.WelcomeAnswers.In(language)),
            TextBlock(UiText.WelcomeChecklistsAndEscalation.In(language)),
            TextBlock(UiText.TryAsking.In(language), weight: TextWeight.Bolder, spacing: Spacing.Medium),
            ActionSet(ExampleQuestions.All.Select(e => Submit(e.Question, CardActions.AskData(e.Question))), Spacing.Small),
        ],
        [
            Submit(UiText.ChecklistButton.In(language), CardActions.ChecklistStartData()),
            Submit(UiText.HelpButton.In(language), CardActions.HelpData()),
        ]).FullWidth();
}
