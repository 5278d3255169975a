using ChatAssistant.Bot.Checklists;
using ChatAssistant.Bot.Dialogs;
using ChatAssistant.Bot.Escalation;
using ChatAssistant.Bot.QnA;
using ChatAssistant.Cards;
using ChatAssistant.Cards.Checklists;
using ChatAssistant.Cards.Escalation;
using ChatAssistant.Knowledge.Answers;
using ChatAssistant.Knowledge.Model;
using ChatAssistant.Knowledge.Understanding;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ChatAssistant.Bot.Conversation;

/// <summary>
/// The Teams activity handler: welcome on install, help, card buttons, and every other message to the dialog
/// stack (an active flow) or to Q&amp;A. In channels and group chats it answers only when @mentioned.
/// </summary>
public sealed class AssistantBot(
    DialogStack dialogs,
    CardSubmitRouter submits,
    ChecklistCardHandler checklistCards,
    EscalationChat escalation,
    QnaChat qna,
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
        var activity = turnContext.Activity;
        var isSubmit = CardSubmit.TryParse(activity.Value, out var submit);
        if (SharedConversation.Is(activity) && !isSubmit && !MentionsBot(activity))
        {
            logger.LogDebug("Ignored a {ConversationType} message that does not mention the bot", activity.Conversation?.ConversationType);
            return;
        }

        var text = MessageText(activity);
        var language = TurnLanguage.Of(activity.Locale, text, submit);
        if (isSubmit)
        {
            await submits.HandleAsync(turnContext, submit!, language, cancellationToken);
            return;
        }
        if (activity.Value is not null && string.IsNullOrWhiteSpace(text))
        {
            logger.LogWarning("Rejected a card submit with an invalid payload");
            await turnContext.SendActivityAsync(BotText.UnknownButton.In(language), cancellationToken: cancellationToken);
            return;
        }

        if (Commands.IsHelp(text))
        {
            await turnContext.SendActivityAsync(Replies.Card(HelpCardBuilder.Build(language)), cancellationToken);
            return;
        }
        if (ChecklistCommands.IsMine(text))
        {
            await submits.HandleAsync(turnContext, new CardSubmit(ChecklistActions.Mine, new Dictionary<string, string>()), language, cancellationToken);
            return;
        }
        if (await escalation.TryHandleCommandAsync(turnContext, text, language, cancellationToken)) return;
        if (ChecklistCommands.TryParseStart(text, out var roleText, out var workName))
        {
            await dialogs.CancelAllAsync(turnContext, cancellationToken);
            await dialogs.BeginAsync(turnContext, language, ChecklistFlow.FlowName,
                new Dictionary<string, string> { ["text"] = roleText, ["name"] = workName ?? "" }, cancellationToken);
            return;
        }
        if (Commands.IsCancel(text))
        {
            await dialogs.CancelAllAsync(turnContext, cancellationToken);
            await turnContext.SendActivityAsync(BotText.Cancelled.In(language), cancellationToken: cancellationToken);
            return;
        }
        if (await dialogs.ContinueAsync(turnContext, language, cancellationToken)) return;

        var answer = await qna.AskAsync(turnContext, text, cancellationToken);
        if (answer is { Status: AnswerStatus.Request, Intent: { } request })
        {
            await OpenAsync(turnContext, request, language, cancellationToken);
            return;
        }
        await qna.ReplyAsync(turnContext, answer, cancellationToken);
    }

    /// <summary>A feature asked for in an ordinary sentence opens as its command would.</summary>
    private async Task OpenAsync(ITurnContext turnContext, ChatIntent request, Language language, CancellationToken cancellationToken)
    {
        logger.LogInformation("Opened {Feature} asked for in a sentence", request.Kind);
        switch (request.Kind)
        {
            case IntentKind.Checklist:
                await dialogs.CancelAllAsync(turnContext, cancellationToken);
                var args = request.Role is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["role"] = request.Role };
                await dialogs.BeginAsync(turnContext, language, ChecklistFlow.FlowName, args, cancellationToken);
                break;
            case IntentKind.MyChecklists:
                await submits.HandleAsync(turnContext, new CardSubmit(ChecklistActions.Mine, new Dictionary<string, string>()), language, cancellationToken);
                break;
            case IntentKind.MyTickets:
                await escalation.OpenMineAsync(turnContext, language, cancellationToken);
                break;
            default:
                await escalation.OpenFormAsync(turnContext, language, cancellationToken);
                break;
        }
    }

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

    /// <summary>Universal Actions (Action.Execute) from checklist and ticket cards; the returned card replaces the clicked one.</summary>
    protected override async Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(ITurnContext<IInvokeActivity> turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken)
    {
        var data = invokeValue.Action?.Data as JObject; // anything but an object is not one of our payloads
        var valid = CardSubmit.TryParse(data, out var submit) &&
            (ChecklistCommands.IsCardCommand(submit!.Action) || EscalationActions.IsTicketCommand(submit.Action));
        var language = TurnLanguage.Of(((ITurnContext)turnContext).Activity.Locale, null, submit);
        if (!valid)
        {
            logger.LogWarning("Rejected an adaptiveCard/action invoke with verb {Verb}", Telemetry.LogValues.Action(invokeValue.Action?.Verb));
            return new AdaptiveCardInvokeResponse
            {
                StatusCode = 200,
                Type = Replies.AdaptiveCardContentType,
                Value = JObject.Parse(MessageCardBuilder.Build(BotText.UnknownButtonTitle.In(language), BotText.UnknownButton.In(language)).ToJsonString()),
            };
        }
        return EscalationActions.IsTicketCommand(submit!.Action)
            ? await escalation.HandleInvokeAsync(turnContext, submit, language, cancellationToken)
            : await checklistCards.HandleInvokeAsync(turnContext, submit, language, cancellationToken);
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
