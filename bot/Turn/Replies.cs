using System.Text.Json.Nodes;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ChatAssistant.Bot.Turn;

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

    /// <summary>The answer to a Universal Action (adaptiveCard/action invoke): the card that replaces the clicked one.</summary>
    public static AdaptiveCardInvokeResponse InvokeResponse(JsonObject card) => new()
    {
        StatusCode = 200,
        Type = AdaptiveCardContentType,
        Value = JObject.Parse(card.ToJsonString()),
    };

    /// <summary>
    /// <see cref="InvokeResponse"/> sent as the turn's invoke response, for code that answers an invoke before (or
    /// instead of) the bot: the rate limiter and the turn-error handler. A card button waits for one; without it the
    /// client gets a 5xx and shows an error on the card.
    /// </summary>
    public static Activity InvokeResponseActivity(JsonObject card) => new()
    {
        Type = ActivityTypesEx.InvokeResponse,
        Value = new InvokeResponse { Status = 200, Body = InvokeResponse(card) },
    };

    /// <summary>Whether the turn is a messaging extension's invoke, which waits for a messaging-extension response, not a card.</summary>
    public static bool IsComposeExtension(IActivity activity) =>
        activity.Type == ActivityTypes.Invoke && (activity as IInvokeActivity)?.Name?.StartsWith("composeExtension/", StringComparison.Ordinal) == true;

    /// <summary>A message shown in the compose box's search panel instead of results (an apology, a "too fast").</summary>
    public static Microsoft.Bot.Schema.Teams.MessagingExtensionResponse ComposeExtensionMessage(string text) => new()
    {
        ComposeExtension = new Microsoft.Bot.Schema.Teams.MessagingExtensionResult { Type = "message", Text = text },
    };

    /// <summary>
    /// The answer to an invoke sent before (or instead of) the bot, by the rate limiter and the turn-error handler:
    /// a messaging extension's invoke gets <paramref name="text"/> as a message in its panel, any other <paramref name="card"/>.
    /// </summary>
    public static Activity InvokeResponseActivity(IActivity invoke, JsonObject card, string text) => IsComposeExtension(invoke)
        ? new Activity { Type = ActivityTypesEx.InvokeResponse, Value = new InvokeResponse { Status = 200, Body = ComposeExtensionMessage(text) } }
        : InvokeResponseActivity(card);

    /// <summary>A card already converted for Bot Framework, e.g. a <see cref="JRaw"/> built once and reused.</summary>
    public static IMessageActivity Card(JToken card, string? summary = null) =>
        Card(new Attachment { ContentType = AdaptiveCardContentType, Content = card }, summary);

    /// <summary>
    /// The card as compact JSON text for the wire, written once by System.Text.Json. Letters stay as they are ("ā", not
    /// "\u0101"), as the SDK's own serializer writes them; the relaxed encoder only matters for text embedded in HTML,
    /// which a Bot Framework payload never is. Parsing the text into Newtonsoft objects first cost more than building
    /// the card did.
    /// </summary>
    public static string WireJson(JsonObject card) => card.ToJsonString(WireOptions);

    private static readonly System.Text.Json.JsonSerializerOptions WireOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static IMessageActivity Card(Attachment attachment, string? summary)
    {
        var activity = MessageFactory.Attachment(attachment);
        if (summary is not null) activity.Summary = summary;
        return activity;
    }
}
