using ChatAssistant.Bot.Routing;

namespace ChatAssistant.Bot.Tests.Architecture;

/// <summary>
/// bot/ has one shape per feature: the features use the shared turn pieces, storage and hosting, and the router uses the
/// features; nothing uses its way back up. A namespace cycle is where that shape starts to go.
/// </summary>
public class NamespaceCycleTests
{
    private static readonly Dictionary<string, HashSet<string>> Graph = NamespaceDependencies.Of(typeof(AssistantBot).Assembly, "ChatAssistant.Bot");

    [Fact]
    public void TheBotsNamespacesFormNoCycle()
    {
        Assert.Null(NamespaceDependencies.FindCycle(Graph));
    }

    [Fact]
    public void TheSharedTurnPiecesUseNoFeature()
    {
        Assert.Empty(Graph["ChatAssistant.Bot.Turn"]);
    }

    [Fact]
    public void TheCheckSeesUsesInsideMethodBodies()
    {
        // AssistantBot calls Replies.Card inside an async method only: the check must read the state machine's IL.
        Assert.Contains("ChatAssistant.Bot.Turn", Graph["ChatAssistant.Bot.Routing"]);
        Assert.Null(NamespaceDependencies.FindCycle(new() { ["A"] = ["B"], ["B"] = ["C"] }));
        Assert.Equal("A → B → A", NamespaceDependencies.FindCycle(new() { ["A"] = ["B"], ["B"] = ["A"] }));
    }
}
