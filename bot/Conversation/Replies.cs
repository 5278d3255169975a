using System.Text.Json.Nodes;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ChatAssistant.Bot.Conversation;

/// <summary>Turns card JSON from <c>cards/</c> into Bot Framework attachments. The only place the two JSON stacks meet.</summary>
public static class Replies
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    public static Attachment Attachment(JsonObject card) => new()
    {
        ContentType = AdaptiveCardContentType,
        Content = JObject.Parse(card.ToJsonString()),
    };

    /// <summary>
    /// Replaces the card whose button was clicked, where the channel allows it (so the old buttons cannot be pressed
    /// again); otherwise the new card follows as a reply.
    /// </summary>
    public static async Task ReplaceOrSendAsync(ITurnContext turn, JsonObject card, ILogger logger, CancellationToken cancellationToken)
    {
        var replacement = (Activity)Card(card);
        if (turn.Activity.ReplyToId is { Length: > 0 } id)
        {
            replacement.Id = id;
            try
            {
                await turn.UpdateActivityAsync(replacement, cancellationToken);
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogInformation("Could not update the card in place ({Reason}); sending it anew", e.GetType().Name);
                replacement.Id = null;
            }
        }
        await turn.SendActivityAsync(replacement, cancellationToken);
    }

    public static IMessageActivity Card(JsonObject card, string? summary = null)
    {
        var activity = MessageFactory.Attachment(Attachment(card));
        if (summary is not null) activity.Summary = summary;
        return activity;
    }
}
