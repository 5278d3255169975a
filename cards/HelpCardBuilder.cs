using System.Text.Json.Nodes;
using ChatAssistant.Knowledge.Model;
using static ChatAssistant.Cards.AdaptiveCard;
using ChatAssistant.Cards.Strings;

namespace ChatAssistant.Cards;

/// <summary>How to talk to the assistant: plain questions, the commands, @mentions in channels, citations.</summary>
public static class HelpCardBuilder
{
    public static JsonObject Build(Language language) => Card(
        [
            TextBlock(HelpText.HelpTitle.In(language), weight: TextWeight.Bolder, size: TextSize.Large),
            TextBlock(HelpText.HelpHowToAsk.In(language)),
            TextBlock(HelpText.HelpCommands.In(language), weight: TextWeight.Bolder, spacing: Spacing.Medium),
            FactSet(
                (HelpText.HelpCommandHelp.In(language), HelpText.HelpCommandHelpMeaning.In(language)),
                (HelpText.HelpCommandChecklist.In(language), HelpText.HelpCommandChecklistMeaning.In(language)),
                (HelpText.HelpCommandEscalate.In(language), HelpText.HelpCommandEscalateMeaning.In(language)),
                (HelpText.HelpCommandMyTickets.In(language), HelpText.HelpCommandMyTicketsMeaning.In(language)),
                (HelpText.HelpCommandMyChecklists.In(language), HelpText.HelpCommandMyChecklistsMeaning.In(language))),
            TextBlock(HelpText.HelpChannels.In(language), spacing: Spacing.Medium),
            TextBlock(HelpText.HelpCitations.In(language)),
            TextBlock(HelpText.TryAsking.In(language), weight: TextWeight.Bolder, spacing: Spacing.Medium),
        ],
        ExampleQuestions.PairFor(language).Select(q => Submit(q, CardActions.AskData(q)))).FullWidth();
}
