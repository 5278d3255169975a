using ChatAssistant.Bot.Dialogs;
using Microsoft.Bot.Builder;

namespace ChatAssistant.Bot.Routing;

public static class RoutingExtensions
{
    /// <summary>The bot that routes each turn to the features, its card-button router, and the dialog stack the features' flows run on.</summary>
    public static IHostApplicationBuilder AddAssistantBot(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<DialogStack>();
        builder.Services.AddSingleton<CardSubmitRouter>();
        builder.Services.AddSingleton<IBot, AssistantBot>();
        return builder;
    }
}
