using ChatAssistant.Cards.Tests.Schema;
using static ChatAssistant.Cards.AdaptiveCard;

namespace ChatAssistant.Cards.Tests;

public class AdaptiveCardTests
{
    [Fact]
    public void TextBlockLeavesOutDefaultsButWrapsByDefault()
    {
        var block = TextBlock("Avots: Uzdevuma kartīte PU2-6, 3. slaids");

        Assert.Equal(["type", "text", "wrap"], block.Select(p => p.Key));
    }

    [Fact]
    public void StylesAreWrittenInTheSchemasCamelCase()
    {
        var block = TextBlock("Es to nezinu", TextWeight.Bolder, TextSize.ExtraLarge, TextColor.Attention, isSubtle: true, spacing: Spacing.None);

        Assert.Equal(("bolder", "extraLarge", "attention", "none"),
            ((string?)block["weight"], (string?)block["size"], (string?)block["color"], (string?)block["spacing"]));
    }

    [Fact]
    public void EveryHelperMakesSchemaValidElements()
    {
        var card = Card(
            [
                Container(TextBlock("Pakalpojuma vadītājs", TextWeight.Bolder), TextBlock("• Līmenis un mērogs", isSubtle: true)),
                FactSet(("palīdzība vai help", "parāda šo kartīti")),
                ActionSet([Submit("Pienākumi: Pakalpojuma vadītājs", CardActions.FollowUpData("PU2-6:role:service-owner", "Pienākumi: Pakalpojuma vadītājs"))]),
            ],
            [Submit("Nodot VARAM konsultācijai", CardActions.EscalateStartData("kas ir PPP"), ActionStyle.Positive)]);

        var violations = AdaptiveCardSchema.Violations(card);

        Assert.True(violations.Count == 0, AdaptiveCardSchema.Describe(violations));
    }
}
