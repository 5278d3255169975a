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

    public static IMessageActivity Card(JsonObject card, string? summary = null) => Card(Attachment(card), summary);

    /// <summary>A card already converted for Bot Framework, e.g. a <see cref="JRaw"/> built once and reused.</summary>
    public static IMessageActivity Card(JToken card, string? summary = null) =>
        Card(new Attachment { ContentType = AdaptiveCardContentType, Content = card }, summary);

    /// <summary>The card as compact Newtonsoft JSON text: exactly what the SDK writes for <see cref="Attachment(JsonObject)"/>'s content.</summary>
    public static string NewtonsoftJson(JsonObject card) =>
        JObject.Parse(card.ToJsonString()).ToString(Newtonsoft.Json.Formatting.None);

    private static IMessageActivity Card(Attachment attachment, string? summary)
    {
        var activity = MessageFactory.Attachment(attachment);
        if (summary is not null) activity.Summary = summary;
        return activity;
    }
}
