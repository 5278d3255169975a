using System.Text.Json.Nodes;

namespace ChatAssistant.Cards.Tests.Schema;

/// <summary>
/// Proves the validator enforces the draft-06 Adaptive Card schema before any green schema test is trusted: each card
/// in TestData/InvalidCards breaks one rule and must be rejected at the place it breaks it.
/// </summary>
public class SchemaValidatorTests
{
    private static readonly string InvalidCardsFolder = Path.Combine(AppContext.BaseDirectory, "TestData", "InvalidCards");

    public static TheoryData<string> InvalidCards() =>
        [.. Directory.GetFiles(InvalidCardsFolder, "*.json").Select(f => Path.GetFileNameWithoutExtension(f)).Order()];

    [Fact]
    public void SchemaIsTheDraft06AdaptiveCardSchema()
    {
        var schema = JsonNode.Parse(File.ReadAllText(AdaptiveCardSchema.Locate()))!;

        Assert.Equal("http://json-schema.org/draft-06/schema#", (string?)schema["$schema"]);
        Assert.NotNull(schema["definitions"]?["AdaptiveCard"]);
    }

    [Fact]
    public void ThereAreKnownBadCardsToProveTheValidator() => Assert.True(InvalidCards().Count >= 5);

    [Theory]
    [MemberData(nameof(InvalidCards))]
    public void KnownBadCardIsRejectedWhereItBreaksTheSchema(string name)
    {
        var testCase = JsonNode.Parse(File.ReadAllText(Path.Combine(InvalidCardsFolder, name + ".json")))!;
        var expectedLocation = (string)testCase["violationAt"]!;

        var violations = AdaptiveCardSchema.Violations(testCase["card"]!);

        Assert.NotEmpty(violations);
        Assert.True(violations.Any(v => v.StartsWith(expectedLocation + " (", StringComparison.Ordinal)),
            $"{testCase["why"]} Expected a violation at '{expectedLocation}', got:{Environment.NewLine}{AdaptiveCardSchema.Describe(violations)}");
    }

    [Fact]
    public void MinimalValidCardIsAccepted()
    {
        var card = JsonNode.Parse("""
            {
              "type": "AdaptiveCard", "version": "1.5",
              "body": [{ "type": "TextBlock", "text": "Sveiki", "wrap": true, "size": "large", "color": "warning" }],
              "actions": [{ "type": "Action.Submit", "title": "Palīdzība", "data": { "action": "help", "v": 1 } }]
            }
            """)!;

        Assert.Empty(AdaptiveCardSchema.Violations(card));
    }

    [Fact]
    public void StrippingTheTeamsExtensionLeavesAValidCard()
    {
        var card = AdaptiveCard.Card(AdaptiveCard.TextBlock("Sveiki")).FullWidth();

        Assert.NotEmpty(AdaptiveCardSchema.Violations(card));
        Assert.Empty(AdaptiveCardSchema.Violations(TeamsExtensions.Without(card)));
        Assert.NotNull(card[TeamsExtensions.Property]); // the card sent to Teams keeps it
    }
}
