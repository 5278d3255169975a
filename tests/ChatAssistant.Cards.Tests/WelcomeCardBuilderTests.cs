using ChatAssistant.Knowledge.Model;

namespace ChatAssistant.Cards.Tests;

public class WelcomeCardBuilderTests
{
    [Theory]
    [InlineData(Language.Lv)]
    [InlineData(Language.En)]
    public void WelcomeCardOffersExamplesInBothLanguages(Language language)
    {
        var asks = CardJson.ActionsNamed(WelcomeCardBuilder.Build(language), CardActions.Ask);
        var questions = asks.Select(a => (string)a["data"]!["q"]!).ToList();

        Assert.Equal(
        [
            "Kas izstrādā normatīvos aktus konkrētam pakalpojumam?",
            "kas ir resursa vaditaja pienakumi",
            "Who is responsible for drafting a service-specific act?",
            "What are the steps before creating the regulation?",
        ], questions);
        Assert.Equal(questions, asks.Select(a => (string)a["title"]!));
    }

    [Theory]
    [InlineData(Language.Lv, "Palīdzība", "Mans kontrolsaraksts")]
    [InlineData(Language.En, "Help", "My checklist")]
    public void WelcomeCardOffersHelpAndAChecklistForAnyRole(Language language, string help, string checklist)
    {
        var card = WelcomeCardBuilder.Build(language);

        var helpButton = Assert.Single(CardJson.ActionsNamed(card, CardActions.Help));
        var checklistButton = Assert.Single(CardJson.ActionsNamed(card, CardActions.ChecklistStart));

        Assert.Equal(help, (string?)helpButton["title"]);
        Assert.Equal(checklist, (string?)checklistButton["title"]);
        Assert.False(checklistButton["data"]!.AsObject().ContainsKey("role"));
    }

    [Theory]
    [InlineData(Language.Lv, "„Pakalpojumu pārvaldības speciālo normatīvo aktu izstrāde un pilnveide”", "četrām lomām", "VARAM konsultācijai")]
    [InlineData(Language.En, "(Pakalpojumu pārvaldības speciālo normatīvo aktu izstrāde un pilnveide)", "four role holders", "VARAM consultation")]
    public void WelcomeCardSaysWhatTheAssistantCanDo(Language language, string taskName, string roles, string escalation)
    {
        var text = string.Join(" ", CardJson.Texts(WelcomeCardBuilder.Build(language)));

        Assert.Contains("PU2-6", text);
        Assert.Contains(taskName, text);
        Assert.Contains(roles, text);
        Assert.Contains(escalation, text);
    }

    [Fact]
    public void WelcomeCardSpeaksTheUsersLanguage()
    {
        var latvian = CardJson.Texts(WelcomeCardBuilder.Build(Language.Lv));
        var english = CardJson.Texts(WelcomeCardBuilder.Build(Language.En));

        Assert.Equal(latvian.Count, english.Count);
        Assert.All(latvian.Zip(english), pair => Assert.NotEqual(pair.First, pair.Second));
    }
}
