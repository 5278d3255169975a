using System.Text.Json.Nodes;
using ChatAssistant.Knowledge.Model;
using static ChatAssistant.Cards.AdaptiveCard;

namespace ChatAssistant.Cards;

/// <summary>How to talk to the assistant: plain questions, the commands, @mentions in channels, citations.</summary>
public static class HelpCardBuilder
{
    public static JsonObject Build(Language language) => Card(
        [
            TextBlock(UiText.HelpTitle.In(language), weight: TextWeight.Bolder, size: TextSize.Large),
            TextBlock(UiText.HelpHowToAsk.In(language)),
            TextBlock(UiText.HelpCommands.In(language), weight: TextWeight.Bolder, spacing: Spacing.Medium),
            FactSet(
                (UiText.HelpCommandHelp.In(language), UiText.HelpCommandHelpMeaning.In(language)),
                (UiText.HelpCommandChecklist.In(language), UiText.HelpCommandChecklistMeaning.In(language)),
                (UiText.HelpCommandEscalate.In(language), UiText.HelpCommandEscalateMeaning.In(language)),
                (UiText.HelpCommandMyTickets.In(language), UiText.HelpCommandMyTicketsMeaning.In(language)),
                (UiText.HelpCommandMyChecklists.In(language), UiText.HelpCommandMyChecklistsMeaning.In(language))),
            TextBlock(UiText.HelpChannels.In(language), spacing: Spacing.Medium),
            TextBlock(UiText.HelpCitations.In(language)),
            TextBlock(UiText.TryAsking.In(language), weight: TextWeight.Bolder, spacing: Spacing.Medium),
        ],
        ExampleQuestions.PairFor(language).Select(q => Submit(q, CardActions.AskData(q)))).FullWidth();
}
