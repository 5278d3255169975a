namespace ChatAssistant.Cards.Tests.Schema;

public class CardsMatchSchemaTests
{
    [Theory]
    [MemberData(nameof(BuiltCards.Names), MemberType = typeof(BuiltCards))]
    public void EveryBuiltCardIsValidAdaptiveCard15(string name)
    {
        var card = BuiltCards.All[name]();

        var violations = AdaptiveCardSchema.Violations(TeamsExtensions.Without(card));

        Assert.True(violations.Count == 0, $"{name}:{Environment.NewLine}{AdaptiveCardSchema.Describe(violations)}");
    }

    [Theory]
    [MemberData(nameof(BuiltCards.Names), MemberType = typeof(BuiltCards))]
    public void CardsDeclareVersion15ForTeams(string name)
    {
        var card = BuiltCards.All[name]();

        Assert.Equal("AdaptiveCard", (string?)card["type"]);
        Assert.Equal("1.5", (string?)card["version"]);
        Assert.Equal("http://adaptivecards.io/schemas/adaptive-card.json", (string?)card["$schema"]);
    }
}
