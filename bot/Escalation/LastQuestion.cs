using Microsoft.Bot.Builder;

namespace ChatAssistant.Bot.Escalation;

/// <summary>The last question asked in a conversation, so "eskalēt" on its own prefills the form with it.</summary>
public sealed class LastQuestion(ConversationState conversationState)
{
    private readonly IStatePropertyAccessor<string> property = conversationState.CreateProperty<string>("lastQuestion");

    public Task SetAsync(ITurnContext turn, string question, CancellationToken cancellationToken) =>
        property.SetAsync(turn, question, cancellationToken);

    public Task<string> GetAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        property.GetAsync(turn, () => "", cancellationToken);
}
