using System.Text.Json.Nodes;
using ChatAssistant.Knowledge.Model;
using static ChatAssistant.Cards.AdaptiveCard;
using ChatAssistant.Cards.Strings;

namespace ChatAssistant.Cards;

/// <summary>The first card a user sees: what the assistant can do, and questions to try with one tap.</summary>
public static class WelcomeCardBuilder
{
    public static JsonObject Build(Language language) => Card(
        [
            TextBlock(HelpText.WelcomeTitle.In(language), weight: TextWeight.Bolder, size: TextSize.Large),
            TextBlock(HelpText.WelcomeAnswers.In(language)),
            TextBlock(HelpText.WelcomeChecklistsAndEscalation.In(language)),
            TextBlock(HelpText.TryAsking.In(language), weight: TextWeight.Bolder, spacing: Spacing.Medium),
            ActionSet(ExampleQuestions.All.Select(e => Submit(e.Question, CardActions.AskData(e.Question))), Spacing.Small),
        ],
        [
            Submit(HelpText.ChecklistButton.In(language), CardActions.ChecklistStartData()),
            Submit(HelpText.HelpButton.In(language), CardActions.HelpData()),
        ]).FullWidth();
}
