using ChatAssistant.Knowledge.Answers;

namespace ChatAssistant.Bot.Turn;

/// <summary>
/// A feature that wants to know which answers people got in the chat (the compose box's "most asked" counts them).
/// QnA tells each listener after it sends an answer, without knowing the features behind them. A listener must not
/// throw: a failure of its own is logged and never costs the person their answer.
/// </summary>
public interface IAnswerListener
{
    Task AnswerGivenAsync(Answer answer, CancellationToken cancellationToken);
}
