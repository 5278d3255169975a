using ChatAssistant.Bot.Turn;
using ChatAssistant.Cards;
using ChatAssistant.Cards.Strings;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace ChatAssistant.Bot.Hosting;

/// <summary>
/// CloudAdapter with one constructor (its own are ambiguous for DI) and our turn-error policy: log with a template,
/// apologise in the user's language without exception text, and clear the conversation's flow state so that a
/// broken flow cannot trap the user. Proactive sends fail to their caller instead, which keeps them for a retry.
/// </summary>
public sealed class AssistantAdapter : CloudAdapter
{
    public AssistantAdapter(BotFrameworkAuthentication authentication, ConversationState conversationState, TurnMiddleware middleware, ILogger<AssistantAdapter> logger)
        : base(authentication, logger)
    {
        // In the order AddBotAdapter was given (Program.cs states it).
        foreach (var m in middleware.Order) Use(m);
        Use(new InvokeStatusGuard());
        OnTurnError = async (turnContext, exception) =>
        {
            if (IsProactive(turnContext))
            {
                // Nobody to apologise to: the caller (the ticket outbox) records the failure and retries.
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(exception).Throw();
            }
            logger.LogError(exception, "Turn failed for activity {ActivityType} in channel {ChannelId}", Telemetry.LogValues.ActivityType(turnContext.Activity.Type), Telemetry.LogValues.Channel(turnContext.Activity.ChannelId));
            try
            {
                var language = TurnLanguage.Of(turnContext.Activity.Locale, turnContext.Activity.Text);
                if (turnContext.Activity.Type == ActivityTypes.Invoke)
                {
                    // A card button waits for an invoke response; without one the client gets a 5xx and an error on the card.
                    await turnContext.SendActivityAsync(Replies.InvokeResponseActivity(turnContext.Activity,
                        MessageCardBuilder.Build(TurnText.ApologyTitle.In(language), TurnText.Apology.In(language)), TurnText.Apology.In(language)));
                }
                else
                {
                    await turnContext.SendActivityAsync(TurnText.Apology.In(language));
                }
                await conversationState.DeleteAsync(turnContext);
            }
            catch (Exception secondary)
            {
                logger.LogError(secondary, "Could not apologise after a failed turn");
            }
        };
    }

    private const string ProactiveKey = "ChatAssistant.Proactive";

    /// <summary>Marks a turn the bot started itself (a proactive send), whose failures go back to the code that started it.</summary>
    public static void MarkProactive(ITurnContext turn) => turn.TurnState[ProactiveKey] = true;

    private static bool IsProactive(ITurnContext turn) => turn.TurnState.ContainsKey(ProactiveKey);
}
