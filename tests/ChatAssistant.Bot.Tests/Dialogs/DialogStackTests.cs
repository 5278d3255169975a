using ChatAssistant.Bot.Dialogs;
using Microsoft.Bot.Builder;

namespace ChatAssistant.Bot.Tests.Dialogs;

public class DialogStackTests
{
    /// <summary>A two-turn flow: asks a name, then greets. Enough to see the stack hold a flow across turns.</summary>
    private sealed class NameFlow : IFlow
    {
        public string Name => "name";

        public Task BeginAsync(FlowContext context, IReadOnlyDictionary<string, string> args, CancellationToken cancellationToken)
        {
            context.Frame.Values["asked"] = "yes";
            return context.Turn.SendActivityAsync("What is your name?", cancellationToken: cancellationToken);
        }

        public async Task ContinueAsync(FlowContext context, CancellationToken cancellationToken)
        {
            await context.Turn.SendActivityAsync($"Hello {context.Turn.Activity.Text} ({context.Frame.Values["asked"]})", cancellationToken: cancellationToken);
            context.End();
        }
    }

    [Fact]
    public async Task ActiveFlowGetsTheNextTurnAndEnds()
    {
        var bot = new TestBot();
        var stack = new DialogStack([new NameFlow()], bot.ConversationState);
        var adapter = bot.Adapter();

        await new Microsoft.Bot.Builder.Adapters.TestFlow(adapter, async (turn, ct) =>
            {
                if (await stack.ContinueAsync(turn, ChatAssistant.Knowledge.Model.Language.En, ct) != FlowOutcome.Handled)
                {
                    await stack.BeginAsync(turn, ChatAssistant.Knowledge.Model.Language.En, "name", new Dictionary<string, string>(), ct);
                }
            })
            .Send("hi").AssertReply("What is your name?")
            .Send("Ilze").AssertReply("Hello Ilze (yes)")
            .Send("again").AssertReply("What is your name?")
            .StartTestAsync();
    }

    [Fact]
    public async Task AFlowInProgressSurvivesARestart()
    {
        var first = new TestBot();
        var adapter = first.Adapter();
        await new Microsoft.Bot.Builder.Adapters.TestFlow(adapter, (turn, ct) =>
                new DialogStack([new NameFlow()], first.ConversationState).BeginAsync(turn, ChatAssistant.Knowledge.Model.Language.En, "name", new Dictionary<string, string>(), ct))
            .Send("hi").AssertReply("What is your name?")
            .StartTestAsync();

        // A new process over the same database file, same conversation.
        var restarted = new TestBot(first.DatabasePath);
        var again = new Microsoft.Bot.Builder.Adapters.TestAdapter(adapter.Conversation);
        again.Use(new AutoSaveStateMiddleware(restarted.ConversationState));
        await new Microsoft.Bot.Builder.Adapters.TestFlow(again, async (turn, ct) =>
                Assert.Equal(FlowOutcome.Handled, await new DialogStack([new NameFlow()], restarted.ConversationState).ContinueAsync(turn, ChatAssistant.Knowledge.Model.Language.En, ct)))
            .Send("Jānis").AssertReply("Hello Jānis (yes)")
            .StartTestAsync();
    }
}
