using ChatAssistant.Knowledge.Model;
using Microsoft.Bot.Builder;

namespace ChatAssistant.Bot.Dialogs;

/// <summary>
/// A small dialog stack on Bot Builder ConversationState: the active flow gets each turn; with none active, the
/// caller decides what starts. Bot Builder's Dialogs package is not available to us, and we need only this much.
/// </summary>
public sealed class DialogStack
{
    private readonly Dictionary<string, IFlow> flows;
    private readonly IStatePropertyAccessor<DialogStackState> accessor;

    public DialogStack(IEnumerable<IFlow> flows, ConversationState conversationState)
    {
        this.flows = flows.ToDictionary(f => f.Name);
        accessor = conversationState.CreateProperty<DialogStackState>("dialogStack");
    }

    /// <summary>Gives the turn to the active flow, and says whether there was one and whether it took the message.</summary>
    public async Task<FlowOutcome> ContinueAsync(ITurnContext turn, Language language, CancellationToken cancellationToken)
    {
        var state = await accessor.GetAsync(turn, () => new DialogStackState(), cancellationToken);
        while (state.Frames.Count > 0 && !flows.ContainsKey(state.Frames[^1].Flow))
        {
            // A flow that no longer exists (e.g. after an upgrade) must not trap the conversation.
            state.Frames.RemoveAt(state.Frames.Count - 1);
        }
        if (state.Frames.Count == 0) return FlowOutcome.None;
        var context = new FlowContext(this, state, turn, language);
        await flows[state.Frames[^1].Flow].ContinueAsync(context, cancellationToken);
        return context.Declined ? FlowOutcome.Declined : FlowOutcome.Handled;
    }

    public async Task BeginAsync(ITurnContext turn, Language language, string flow, IReadOnlyDictionary<string, string> args, CancellationToken cancellationToken)
    {
        if (!flows.TryGetValue(flow, out var target)) throw new InvalidOperationException($"Unknown flow '{flow}'.");
        var state = await accessor.GetAsync(turn, () => new DialogStackState(), cancellationToken);
        state.Frames.Add(new FlowFrame { Flow = flow });
        await target.BeginAsync(new FlowContext(this, state, turn, language), args, cancellationToken);
    }

    public async Task CancelAllAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        (await accessor.GetAsync(turn, () => new DialogStackState(), cancellationToken)).Frames.Clear();
}
