using ChatAssistant.Bot.Turn;
using ChatAssistant.Cards.Strings;
using ChatAssistant.Knowledge.Model;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Bot.Hosting;

/// <summary>
/// Outside local mode only Teams, and only the configured tenant, reaches the bot. An Azure Bot resource also carries
/// Web Chat and Direct Line, whose clients name the sender themselves, so a token from them proves nothing about who
/// speaks; a Teams activity from another tenant is a stranger. Either gets a short refusal (messages), a 403 (invokes)
/// or nothing, and never reaches the bot. Messages and card actions must name the sender's Entra object id, which
/// then owns tickets and checklists (<see cref="TurnIdentity"/>). In local mode (no MicrosoftAppId: Playground, tests)
/// every channel passes and the channel account id owns.
/// </summary>
public sealed class TeamsTenantGate(IOptions<BotCredentialsOptions> credentials, ILogger<TeamsTenantGate> logger) : Microsoft.Bot.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        var options = credentials.Value;
        if (options.IsLocalMode)
        {
            TurnIdentity.Set(turnContext, activity.From?.Id ?? "");
            await next(cancellationToken);
            return;
        }

        var reason = RefusalReason(activity, options);
        if (reason is null)
        {
            TurnIdentity.Set(turnContext, activity.From?.AadObjectId ?? "");
            await next(cancellationToken);
            return;
        }

        // The channel id and tenant are the sender's words: logged only as the fixed reason.
        logger.LogWarning("Refused a {ActivityType} turn: {Reason}", activity.Type is ActivityTypes.Message or ActivityTypes.Invoke ? activity.Type : "other", reason);
        if (activity.Type == ActivityTypes.Invoke)
        {
            await turnContext.SendActivityAsync(new Activity { Type = ActivityTypesEx.InvokeResponse, Value = new InvokeResponse { Status = StatusCodes.Status403Forbidden } }, cancellationToken);
        }
        else if (activity.Type == ActivityTypes.Message)
        {
            await turnContext.SendActivityAsync(TurnText.OnlyOurTeams.In(TurnLanguage.Of(activity.Locale, activity.Text)), cancellationToken: cancellationToken);
        }
    }

    /// <summary>Why the activity may not pass, or null when it may.</summary>
    internal static string? RefusalReason(IActivity activity, BotCredentialsOptions options)
    {
        // The outbox's proactive sends run through the adapter too; the bot does nothing with such an event itself.
        if (activity.Type == ActivityTypes.Event && activity is IEventActivity { Name: ActivityEventNames.ContinueConversation }) return null;
        if (activity.ChannelId != Channels.Msteams) return "not the msteams channel";
        var tenant = activity.Conversation?.TenantId;
        if (string.IsNullOrWhiteSpace(tenant) || !string.Equals(tenant.Trim(), options.MicrosoftAppTenantId?.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return "not the configured tenant";
        }
        if (activity.Type is ActivityTypes.Message or ActivityTypes.Invoke && string.IsNullOrWhiteSpace(activity.From?.AadObjectId))
        {
            return "no Entra object id for the sender";
        }
        return null;
    }
}
