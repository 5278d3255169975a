using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ChatAssistant.EchoBot;

/// <summary>Echoes the text back in one small Adaptive Card: the least work a card-answering bot can do.</summary>
public sealed class EchoBot : ActivityHandler
{
    protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var card = new JObject
        {
            ["type"] = "AdaptiveCard",
            ["version"] = "1.5",
            ["body"] = new JArray(new JObject { ["type"] = "TextBlock", ["text"] = turnContext.Activity.Text ?? "", ["wrap"] = true }),
        };
        var attachment = new Attachment { ContentType = "application/vnd.microsoft.card.adaptive", Content = card };
        return turnContext.SendActivityAsync(MessageFactory.Attachment(attachment), cancellationToken);
    }
}
