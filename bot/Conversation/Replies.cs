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

    public static IMessageActivity Card(JsonObject card, string? summary = null)
    {
        var activity = MessageFactory.Attachment(Attachment(card));
        if (summary is not null) activity.Summary = summary;
        return activity;
    }
}
