using ChatAssistant.Knowledge.Model;
using Microsoft.Bot.Builder;

namespace ChatAssistant.Bot.Dialogs;

/// <summary>What a flow sees of the current turn: the turn, the language to reply in, and its own frame.</summary>
public sealed class FlowContext
{
    private readonly DialogStack stack;
    private readonly DialogStackState state;

    internal FlowContext(DialogStack stack, DialogStackState state, ITurnContext turn, Language language)
    {
        this.stack = stack;
        this.state = state;
        Turn = turn;
        Language = language;
    }

    public ITurnContext Turn { get; }
    public Language Language { get; }

    /// <summary>The frame of the flow that is running now.</summary>
    public FlowFrame Frame => state.Frames[^1];

    /// <summary>True when the flow ended without taking this turn's message (<see cref="Decline"/>).</summary>
    public bool Declined { get; private set; }

    /// <summary>Ends the running flow and leaves this turn's message to the rest of the bot, as if no flow had been active.</summary>
    public void Decline()
    {
        End();
        Declined = true;
    }

    /// <summary>Ends the running flow; the flow below it, if any, gets the next turn.</summary>
    public void End()
    {
        if (state.Frames.Count > 0) state.Frames.RemoveAt(state.Frames.Count - 1);
    }

    /// <summary>Starts another flow on top of this one.</summary>
    public Task BeginAsync(string flow, IReadOnlyDictionary<string, string> args, CancellationToken cancellationToken) =>
        stack.BeginAsync(Turn, Language, flow, args, cancellationToken);
}
