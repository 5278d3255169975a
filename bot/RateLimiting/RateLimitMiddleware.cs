using ChatAssistant.Bot.Turn;
using ChatAssistant.Bot.Telemetry;
using ChatAssistant.Cards;
using ChatAssistant.Cards.Strings;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ChatAssistant.Bot.RateLimiting;

/// <summary>
/// A user over the limit gets a friendly reply in their language instead of an answer, and the turn does no other
/// work. The channel still gets 200: an HTTP 429 would reach nobody and Teams would retry it.
/// </summary>
public sealed class RateLimitMiddleware(UserRateLimiter limiter, AssistantMetrics metrics, ILogger<RateLimitMiddleware> logger) : Microsoft.Bot.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (activity.Type is not (ActivityTypes.Message or ActivityTypes.Invoke) || limiter.TryAcquire(UserKey(activity)))
        {
            await next(cancellationToken);
            return;
        }

        metrics.RateLimited(activity.Type);
        logger.LogWarning("Rate limit reached for a user in channel {ChannelId}; the {ActivityType} was not processed", LogValues.Channel(activity.ChannelId), activity.Type);
        var language = TurnLanguage.Of(activity.Locale, activity.Type == ActivityTypes.Message ? activity.Text : null);
        if (activity.Type == ActivityTypes.Invoke)
        {
            var card = MessageCardBuilder.Build(TurnText.TooFastTitle.In(language), TurnText.TooFast.In(language));
            await turnContext.SendActivityAsync(Replies.InvokeResponseActivity(activity, card, TurnText.TooFast.In(language)), cancellationToken);
            return;
        }
        await turnContext.SendActivityAsync(TurnText.TooFast.In(language), cancellationToken: cancellationToken);
    }

    /// <summary>The sender's channel account id; without one, the conversation stands in for the user.</summary>
    private static string UserKey(IActivity activity) =>
        activity.From?.Id is { Length: > 0 } id ? "u:" + id : "c:" + (activity.Conversation?.Id ?? "");
}
