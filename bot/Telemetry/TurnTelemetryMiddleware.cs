using System.Diagnostics;
using Microsoft.Bot.Builder;

namespace ChatAssistant.Bot.Telemetry;

/// <summary>One span and one count per turn, whatever the outcome; runs outside every other middleware.</summary>
public sealed class TurnTelemetryMiddleware(AssistantMetrics metrics) : Microsoft.Bot.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        var type = activity.Type ?? "";
        using var span = AssistantTelemetry.Source.StartActivity("turn " + type);
        span?.SetTag("activity.type", LogValues.ActivityType(type));
        span?.SetTag("channel", LogValues.Channel(activity.ChannelId));
        span?.SetTag("conversation.type", activity.Conversation?.ConversationType);
        var started = Stopwatch.GetTimestamp();
        var outcome = "ok";
        try
        {
            await next(cancellationToken);
        }
        catch (Exception e)
        {
            outcome = "error";
            span?.SetStatus(ActivityStatusCode.Error, e.GetType().Name);
            throw;
        }
        finally
        {
            metrics.TurnCompleted(LogValues.ActivityType(type), LogValues.Channel(activity.ChannelId), outcome, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }
}
