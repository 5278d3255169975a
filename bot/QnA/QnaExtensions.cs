namespace ChatAssistant.Bot.QnA;

public static class QnaExtensions
{
    /// <summary>Questions and answers in the chat. Its one piece of state, the last question, is in conversation state.</summary>
    public static IHostApplicationBuilder AddQnA(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<LastQuestion>();
        builder.Services.AddSingleton<QnaChat>();
        return builder;
    }
}
