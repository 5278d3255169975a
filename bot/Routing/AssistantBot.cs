using ChatAssistant.Bot.Checklists;
using ChatAssistant.Bot.ComposeSearch;
using ChatAssistant.Bot.Dialogs;
using ChatAssistant.Bot.Escalation;
using ChatAssistant.Bot.QnA;
using ChatAssistant.Bot.Turn;
using ChatAssistant.Cards;
using ChatAssistant.Cards.Strings;
using ChatAssistant.Knowledge.Answers;
using ChatAssistant.Knowledge.Model;
using ChatAssistant.Knowledge.Understanding;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json.Linq;

namespace ChatAssistant.Bot.Routing;

/// <summary>
/// The Teams activity handler. It decides nothing itself: each turn goes to the feature that owns it, in the order
/// below. In channels and group chats it answers only when @mentioned.
/// </summary>
public sealed class AssistantBot(
    DialogStack dialogs,
    CardSubmitRouter submits,
    QnaChat qna,
    ChecklistChat checklists,
    ComposeSearchChat composeSearch,
    EscalationChat escalation,
    ConsultationChannel consultationChannel,
    ConversationState conversationState,
    UserState userState,
    ILogger<AssistantBot> logger) : TeamsActivityHandler
{
    private readonly IStatePropertyAccessor<bool> welcomed = conversationState.CreateProperty<bool>("welcomed");

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await consultationChannel.RememberAsync(turnContext, cancellationToken);
        await base.OnTurnAsync(turnContext, cancellationToken);
        await conversationState.SaveChangesAsync(turnContext, force: false, cancellationToken);
        await userState.SaveChangesAsync(turnContext, force: false, cancellationToken);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        ITurnContext turn = turnContext;
        var activity = turnContext.Activity;
        var isSubmit = CardSubmit.TryParse(activity.Value, out var submit);
        if (ComposeSearchChat.IsInsertedCard(activity))
        {
            logger.LogDebug("Ignored a message that carries a card inserted from the compose box");
            return;
        }
        if (SharedConversation.Is(activity) && !isSubmit && !MentionsBot(activity))
        {
            logger.LogDebug("Ignored a {ConversationType} message that does not mention the bot", activity.Conversation?.ConversationType);
            return;
        }

        var text = MessageText(activity);
        var language = TurnLanguage.Of(activity.Locale, text, submit);

        // Card buttons, by the feature their action names.
        if (isSubmit)
        {
            await submits.HandleAsync(turn, submit!, language, cancellationToken);
            return;
        }
        if (activity.Value is not null && string.IsNullOrWhiteSpace(text))
        {
            logger.LogWarning("Rejected a card submit with an invalid payload");
            await turn.SendActivityAsync(TurnText.UnknownButton.In(language), cancellationToken: cancellationToken);
            return;
        }

        // Typed commands: the bot's own, then each feature's.
        if (Commands.IsHelp(text))
        {
            await turn.SendActivityAsync(Replies.Card(HelpCardBuilder.Build(language)), cancellationToken);
            return;
        }
        if (await checklists.TryHandleCommandAsync(turn, text, language, cancellationToken)) return;
        if (await escalation.TryHandleCommandAsync(turn, text, language, () => qna.LastQuestionAsync(turn, cancellationToken), cancellationToken)) return;
        if (Commands.IsCancel(text))
        {
            await dialogs.CancelAllAsync(turn, cancellationToken);
            await turn.SendActivityAsync(TurnText.Cancelled.In(language), cancellationToken: cancellationToken);
            return;
        }

        // A flow waiting for an answer (the checklist's role picker), else a question.
        var flow = await dialogs.ContinueAsync(turn, language, cancellationToken);
        if (flow == FlowOutcome.Handled) return;
        var answer = await qna.AskAsync(turn, text, cancellationToken);
        if (flow == FlowOutcome.None && answer is { Status: AnswerStatus.Request, Intent: { } request })
        {
            await OpenAsync(turn, request, language, cancellationToken);
            return;
        }
        await qna.ReplyAsync(turn, answer, cancellationToken);
    }

    /// <summary>A feature asked for in an ordinary sentence opens as its command would.</summary>
    private async Task OpenAsync(ITurnContext turn, ChatIntent request, Language language, CancellationToken cancellationToken)
    {
        logger.LogInformation("Opened {Feature} asked for in a sentence", request.Kind);
        var opening = request.Kind switch
        {
            IntentKind.Checklist => checklists.OpenAsync(turn, request.Role, language, cancellationToken),
            IntentKind.MyChecklists => checklists.OpenMineAsync(turn, language, cancellationToken),
            IntentKind.MyTickets => escalation.OpenMineAsync(turn, language, cancellationToken),
            _ => escalation.OpenFormAsync(turn, await qna.LastQuestionAsync(turn, cancellationToken), language, cancellationToken),
        };
        await opening;
    }

    /// <summary>Universal Actions (Action.Execute) from checklist and ticket cards; the returned card replaces the clicked one.</summary>
    protected override async Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(ITurnContext<IInvokeActivity> turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken)
    {
        ITurnContext turn = turnContext;
        var data = invokeValue.Action?.Data as JObject; // anything but an object is not one of our payloads
        var parsed = CardSubmit.TryParse(data, out var submit);
        var language = TurnLanguage.Of(turn.Activity.Locale, null, submit);
        if (parsed && await submits.InvokeAsync(turn, submit!, language, cancellationToken) is { } response) return response;

        logger.LogWarning("Rejected an adaptiveCard/action invoke with verb {Verb}", Telemetry.LogValues.Action(invokeValue.Action?.Verb));
        return Replies.InvokeResponse(MessageCardBuilder.Build(TurnText.UnknownButtonTitle.In(language), TurnText.UnknownButton.In(language)));
    }

    /// <summary>A query typed in the compose box's search (the messaging extension), or its opening with an empty query.</summary>
    protected override Task<MessagingExtensionResponse> OnTeamsMessagingExtensionQueryAsync(ITurnContext<IInvokeActivity> turnContext, MessagingExtensionQuery query, CancellationToken cancellationToken) =>
        composeSearch.QueryAsync(turnContext, query, cancellationToken);

    /// <summary>
    /// Teams announces an install twice, as installationUpdate and as conversationUpdate with the bot among the new
    /// members, and both arrive at once. Teams' install event welcomes; the members-added event welcomes only where
    /// no install event comes (other channels), or when a person joins a conversation the bot is already in.
    /// Handled here rather than in the Teams members-added event, which first fetches every member's profile.
    /// </summary>
    protected override async Task OnConversationUpdateActivityAsync(ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        var added = turnContext.Activity.MembersAdded ?? [];
        var botAdded = added.Any(m => m.Id == turnContext.Activity.Recipient?.Id);
        var personAdded = added.Any(m => m.Id != turnContext.Activity.Recipient?.Id);
        var installAnnounced = turnContext.Activity.ChannelId == Microsoft.Bot.Connector.Channels.Msteams && botAdded;
        if (personAdded && !installAnnounced) await WelcomeAsync(turnContext, cancellationToken);
    }

    protected override Task OnInstallationUpdateAddAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        WelcomeAsync(turnContext, cancellationToken);

    /// <summary>Install and members-added both arrive when the app is added; welcome once per conversation.</summary>
    private async Task WelcomeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (await welcomed.GetAsync(turnContext, () => false, cancellationToken)) return;
        await welcomed.SetAsync(turnContext, true, cancellationToken);
        var language = TurnLanguage.Of(turnContext.Activity.Locale, null);
        await turnContext.SendActivityAsync(Replies.Card(WelcomeCardBuilder.Build(language)), cancellationToken);
    }

    private static bool MentionsBot(IMessageActivity activity) =>
        activity.GetMentions().Any(m => m.Mentioned?.Id == activity.Recipient?.Id);

    /// <summary>The message text without the bot's @mention, which Teams puts inline as &lt;at&gt;Name&lt;/at&gt;.</summary>
    private static string MessageText(IMessageActivity activity)
    {
        if (activity.Recipient is not null && activity.Entities is not null) activity.RemoveRecipientMention();
        return (activity.Text ?? "").Trim();
    }
}
