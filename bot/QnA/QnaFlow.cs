using ChatAssistant.Bot.Conversation;
using ChatAssistant.Bot.Dialogs;
using ChatAssistant.Bot.Escalation;
using ChatAssistant.Bot.Telemetry;
using ChatAssistant.Knowledge.Answers;

namespace ChatAssistant.Bot.QnA;

/// <summary>
/// Answers one question with an answer card. Single-turn: it ends as soon as it has replied. Started with
/// <c>q</c> (a question) or <c>unit</c> + <c>label</c> (a follow-up button, answered directly).
/// </summary>
public sealed class QnaFlow(AnswerEngine engine, LastQuestion lastQuestion, AssistantMetrics metrics, ILogger<QnaFlow> logger) : IFlow
{
    public const string FlowName = "qa";

    public string Name => FlowName;

    public async Task BeginAsync(FlowContext context, IReadOnlyDictionary<string, string> args, CancellationToken cancellationToken)
    {
        context.End();
        var answer = args.TryGetValue("unit", out var unit)
            ? engine.AnswerUnit(unit, context.Language, args.GetValueOrDefault("label") ?? unit)
            : null;
        if (answer is null)
        {
            var question = args.GetValueOrDefault("q") ?? "";
            await lastQuestion.SetAsync(context.Turn, question, cancellationToken);
            answer = engine.Ask(question, context.Turn.Activity.Locale);
        }

        metrics.Answered(answer);
        logger.LogInformation("Answered with {Status} {UnitId} at confidence {Confidence} in {Language} as {Kind}",
            answer.Status, answer.UnitId, answer.Confidence, answer.Language, answer.Kind);
        await context.Turn.SendActivityAsync(AnswerCards.Reply(answer), cancellationToken);
    }

    // Single-turn: never left on the stack.
    public Task ContinueAsync(FlowContext context, CancellationToken cancellationToken)
    {
        context.End();
        return Task.CompletedTask;
    }
}
