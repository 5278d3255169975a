using ChatAssistant.Bot.Turn;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatAssistant.Bot.QnA;

public static class QnaExtensions
{
    /// <summary>
    /// Questions and answers in the chat. Its state, the last question and the answers given (which Feedback checks a
    /// vote against), is in conversation state.
    /// </summary>
    public static IHostApplicationBuilder AddQnA(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<LastQuestion>();
        builder.Services.TryAddSingleton<AnswersGiven>();
        builder.Services.AddSingleton<QnaChat>();
        return builder;
    }
}
