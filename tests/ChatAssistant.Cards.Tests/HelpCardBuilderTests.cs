using ChatAssistant.Knowledge.Model;

namespace ChatAssistant.Cards.Tests;

public class HelpCardBuilderTests
{
    [Theory]
    [InlineData(Language.Lv)]
    [InlineData(Language.En)]
    public void HelpCardListsEveryCommandInBothLanguages(Language language)
    {
        var commands = HelpCardBuilder.Build(language)["body"]!.AsArray()
            .Single(e => (string?)e!["type"] == "FactSet")!["facts"]!.AsArray()
            .Select(f => (string)f!["title"]!).ToList();

        Assert.Equal(5, commands.Count);
        foreach (var words in new[] { "help", "palīdzība", "checklist", "kontrolsaraksts", "escalate", "eskalēt", "my tickets", "mani pieteikumi", "my checklists", "mani kontrolsaraksti" })
        {
            Assert.Contains(commands, c => c.Contains(words, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData(Language.Lv, "@", "latviski vai angliski", "slaida")]
    [InlineData(Language.En, "@mention", "Latvian or English", "slide")]
    public void HelpCardExplainsAskingMentionsAndCitations(Language language, string mention, string languages, string citation)
    {
        var text = string.Join(" ", CardJson.Texts(HelpCardBuilder.Build(language)));

        Assert.Contains(mention, text);
        Assert.Contains(languages, text);
        Assert.Contains(citation, text);
    }

    [Theory]
    [InlineData(Language.Lv, "Kas izstrādā normatīvos aktus konkrētam pakalpojumam?")]
    [InlineData(Language.En, "Who is responsible for drafting a service-specific act?")]
    public void HelpCardOffersTwoExampleQuestionsReadersLanguageFirst(Language language, string first)
    {
        var asks = CardJson.ActionsNamed(HelpCardBuilder.Build(language), CardActions.Ask);

        Assert.Equal(2, asks.Count);
        Assert.Equal(first, (string?)asks[0]["data"]!["q"]);
        Assert.NotEqual((string?)asks[0]["data"]!["q"], (string?)asks[1]["data"]!["q"]);
    }
}
