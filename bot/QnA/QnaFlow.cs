using ChatAssistant.Bot.Dialogs;
using ChatAssistant.Knowledge.Answers;

namespace ChatAssistant.Bot.QnA;

/// <summary>
/// Answers one question with an answer card. Single-turn: it ends as soon as it has replied. Started with
/// <c>q</c> (a question) or <c>unit</c> + <c>label</c> (a follow-up button, answered directly).
/// </summary>
public sealed class QnaFlow(AnswerEngine engine, QnaChat qna) : IFlow
{
    public const string FlowName = "qa";

    public string Name => FlowName;

    public async Task BeginAsync(FlowContext context, IReadOnlyDictionary<string, string> args, CancellationToken cancellationToken)
    {
        context.End();
        var answer = args.TryGetValue("unit", out var unit)
            ? engine.AnswerUnit(unit, context.Language, args.GetValueOrDefault("label") ?? unit)
            : null;
        answer ??= await qna.AskAsync(context.Turn, args.GetValueOrDefault("q") ?? "", cancellationToken);
        await qna.ReplyAsync(context.Turn, answer, cancellationToken);
    }

    // Single-turn: never left on the stack.
    public Task ContinueAsync(FlowContext context, CancellationToken cancellationToken)
    {
        context.End();
        return Task.CompletedTask;
    }
}
