using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ChatAssistant.Bot.Hosting;

/// <summary>
/// The SDK answers an invoke it has no handler for (an unknown or missing name) with 501. That is the sender asking
/// for something this bot does not do, not a server failure: it becomes 400, so a channel never sees a 5xx from us.
/// </summary>
internal sealed class InvokeStatusGuard : Microsoft.Bot.Builder.IMiddleware
{
    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        if (turnContext.Activity.Type == ActivityTypes.Invoke)
        {
            turnContext.OnSendActivities(async (context, activities, sendNext) =>
            {
                foreach (var activity in activities)
                {
                    if (activity.Type == ActivityTypesEx.InvokeResponse && activity.Value is InvokeResponse { Status: >= 500 } response)
                    {
                        response.Status = StatusCodes.Status400BadRequest;
                    }
                }
                return await sendNext();
            });
        }
        return next(cancellationToken);
    }
}
