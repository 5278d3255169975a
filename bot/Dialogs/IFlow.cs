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
