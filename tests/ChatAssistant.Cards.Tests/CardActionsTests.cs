using System.Text.Json;
using System.Text.Json.Nodes;
using ChatAssistant.Cards.Checklists;

namespace ChatAssistant.Cards.Tests;

public class CardActionsTests
{
    private static readonly JsonNode Contract =
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "action-contract.json")))!;

    private static IReadOnlyList<string> Fields(string section, string action) =>
        Contract[section]?[action]?.AsArray().Select(f => (string)f!).ToList() ?? [];

    [Theory]
    [MemberData(nameof(BuiltCards.Names), MemberType = typeof(BuiltCards))]
    public void EveryActionCarriesVersionedPayload(string name)
    {
        var actions = CardJson.Actions(BuiltCards.All[name]());

        Assert.All(actions, action =>
        {
            Assert.Contains(CardJson.Type(action), new[] { "Action.Submit", "Action.Execute" });
            // The card's refresh action runs unseen, so only it may go without a title.
            if ((string?)action["verb"] != "checklist.refresh") Assert.False(string.IsNullOrWhiteSpace((string?)action["title"]));
            var data = action["data"]!.AsObject();
            Assert.Equal(1, (int?)data["v"]);
            Assert.Equal(JsonValueKind.Number, data["v"]!.GetValueKind());
            Assert.NotNull(Contract["actions"]![(string)data["action"]!]);
        });
    }

    [Theory]
    [MemberData(nameof(BuiltCards.Names), MemberType = typeof(BuiltCards))]
    public void PayloadsCarryExactlyTheFieldsTheirActionNeeds(string name)
    {
        foreach (var action in CardJson.Actions(BuiltCards.All[name]()))
        {
            var data = action["data"]!.AsObject();
            var actionName = (string)data["action"]!;
            var fields = data.Select(p => p.Key).Except(["action", "v"]).ToList();

            Assert.Empty(Fields("actions", actionName).Except(fields));
            Assert.Empty(fields.Except(Fields("actions", actionName)).Except(Fields("optional", actionName)));
            // The bot reads payload fields as flat scalars; a nested object would be silently dropped there.
            Assert.All(data, p => Assert.False(p.Value is JsonObject or JsonArray, $"{actionName}.{p.Key} is nested"));
        }
    }

    [Fact]
    public void HelpersBuildEveryActionInTheContract()
    {
        JsonObject[] built =
        [
            CardActions.AskData("kas ir resursa vaditaja pienakumi"),
            CardActions.FollowUpData("PU2-6:role:service-owner", "Pienākumi: Pakalpojuma vadītājs"),
            CardActions.FeedbackData(true, "pu2-20", "task:PU2-20"),
            CardActions.HelpData(),
            CardActions.EscalateStartData("what is the weather"),
            CardActions.ChecklistStartData(),
            ChecklistActions.OpenData("PU2-6", "service-owner", "Akts A"),
            .. new[] { ChecklistActions.Save, ChecklistActions.Reset, ChecklistActions.Export, ChecklistActions.Refresh }
                .Select(verb => ChecklistActions.Data(verb, "PU2-6", "service-owner", "Akts A", "user-1", "abc123")),
            Cards.Escalation.EscalationActions.SubmitData("sid-1", "answer"),
            Cards.Escalation.EscalationActions.MineData(),
            .. new[] { Cards.Escalation.EscalationActions.Claim, Cards.Escalation.EscalationActions.Answer, Cards.Escalation.EscalationActions.Close, Cards.Escalation.EscalationActions.Reopen }
                .Select(verb => Cards.Escalation.EscalationActions.TicketData(verb, "VARAM-2026-0042", 3)),
            Cards.Escalation.PendingDeliveriesCardBuilder.RetryData("VARAM-2026-0042"),
        ];
        var contractNames = Contract["actions"]!.AsObject().Select(p => p.Key);

        Assert.Equal(contractNames.Order(), built.Select(d => (string)d["action"]!).Order());
    }

    [Fact]
    public void ChecklistStartNamesARoleOnlyWhenGiven()
    {
        Assert.False(CardActions.ChecklistStartData().ContainsKey("role"));
        Assert.Equal("resource-owner", (string?)CardActions.ChecklistStartData("resource-owner")["role"]);
    }

    [Fact]
    public void FeedbackCarriesHelpfulAsABooleanNotText()
    {
        var data = CardActions.FeedbackData(false, "kas ir PPP", "PU2-6:section:additional-info");

        Assert.Equal(JsonValueKind.False, data["helpful"]!.GetValueKind());
    }

    [Fact]
    public void PayloadStartsWithActionAndVersion()
    {
        var data = CardActions.AskData("Kas izstrādā normatīvos aktus konkrētam pakalpojumam?");

        Assert.Equal("""{"action":"qa.ask","v":1,"q":"Kas izstrādā normatīvos aktus konkrētam pakalpojumam?"}""",
            data.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }
}
