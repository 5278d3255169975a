namespace ChatAssistant.Bot.Dialogs;

/// <summary>
/// A conversation flow (Q&amp;A, a checklist, an escalation form). A flow that needs more turns stays on the stack
/// and gets the next message through <see cref="ContinueAsync"/>; it removes itself with <see cref="FlowContext.End"/>.
/// </summary>
public interface IFlow
{
    string Name { get; }

    Task BeginAsync(FlowContext context, IReadOnlyDictionary<string, string> args, CancellationToken cancellationToken);

    Task ContinueAsync(FlowContext context, CancellationToken cancellationToken);
}

/// <summary>What became of a message given to the dialog stack.</summary>
public enum FlowOutcome
{
    /// <summary>No flow was active.</summary>
    None,

    /// <summary>The active flow took the message.</summary>
    Handled,

    /// <summary>The active flow ended and left the message to the rest of the bot.</summary>
    Declined,
}
