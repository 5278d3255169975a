using System.Globalization;
using System.Text.Json.Nodes;
using ChatAssistant.Bot.Admin;
using ChatAssistant.Bot.Telemetry;
using ChatAssistant.Bot.Turn;
using ChatAssistant.Cards;
using ChatAssistant.Cards.Escalation;
using ChatAssistant.Knowledge.Model;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using ChatAssistant.Cards.Strings;

namespace ChatAssistant.Bot.Escalation;

/// <summary>
/// Escalation in the chat: the form, its submission, "my tickets", and the ticket card's buttons. Decides who may
/// do what: consultants act from the consultation channel, the requester may reopen, admins may do and read
/// anything; nobody else learns anything about a ticket.
/// </summary>
public sealed class EscalationChat(
    EscalationService escalations,
    ConsultationChannel channel,
    ITicketStore store,
    Admins admins,
    IOptions<EscalationOptions> options,
    ILogger<EscalationChat> logger)
{
    /// <summary>
    /// Typed commands; false when the text is not one of them. Each message is parsed once, here. A bare "escalate"
    /// starts the form from <paramref name="lastQuestion"/>, which is read only then.
    /// </summary>
    public async Task<bool> TryHandleCommandAsync(ITurnContext turn, string text, Language language, Func<Task<string>> lastQuestion, CancellationToken cancellationToken)
    {
        if (EscalationCommands.TryParseEscalate(text, out var question))
        {
            // ShowFormAsync applies the personal-chat rule itself, as the escalate button needs it too.
            if (question.Length == 0) question = await lastQuestion();
            await ShowFormAsync(turn, question, "command", language, cancellationToken);
            return true;
        }
        var mine = EscalationCommands.IsMine(text);
        var pending = !mine && EscalationCommands.IsPending(text);
        var ticketId = "";
        if (!mine && !pending && !EscalationCommands.TryParseShow(text, out ticketId)) return false;

        if (await RefusedInSharedConversationAsync(turn, language, cancellationToken)) return true;
        if (mine) await SendMineAsync(turn, language, cancellationToken);
        else if (pending) await SendPendingAsync(turn, language, cancellationToken);
        else await ShowTicketAsync(turn, ticketId, language, cancellationToken);
        return true;
    }

    /// <summary>"My tickets" asked for in a sentence ("kur varu redzēt savus pieteikumus?"), as the command shows them.</summary>
    public async Task OpenMineAsync(ITurnContext turn, Language language, CancellationToken cancellationToken)
    {
        if (await RefusedInSharedConversationAsync(turn, language, cancellationToken)) return;
        await SendMineAsync(turn, language, cancellationToken);
    }

    /// <summary>Escalation asked for in a sentence ("can I talk to a human?"): the form, prefilled with the last question.</summary>
    public Task OpenFormAsync(ITurnContext turn, string lastQuestion, Language language, CancellationToken cancellationToken) =>
        ShowFormAsync(turn, lastQuestion, "command", language, cancellationToken);

    private async Task ShowFormAsync(ITurnContext turn, string question, string origin, Language language, CancellationToken cancellationToken)
    {
        if (await RefusedInSharedConversationAsync(turn, language, cancellationToken)) return;
        var values = new Dictionary<string, string> { [EscalationActions.Inputs.Question] = question };
        var form = new EscalationFormView(Guid.NewGuid().ToString("N"), origin, language, values, escalations.RoleChoices(language), new Dictionary<string, string>());
        logger.LogInformation("Showed the escalation form from origin {Origin}", origin);
        await turn.SendActivityAsync(Replies.Card(EscalationFormCardBuilder.Build(form)), cancellationToken);
    }

    /// <summary>
    /// Tickets hold personal data, and everything the bot replies in a group chat or channel is read by all its
    /// members: forms, receipts and ticket lists are for a personal chat (the consultation channel sees tickets anyway).
    /// </summary>
    private async Task<bool> RefusedInSharedConversationAsync(ITurnContext turn, Language language, CancellationToken cancellationToken)
    {
        if (!SharedConversation.Is(turn.Activity) || channel.IsConsultation(turn.Activity)) return false;
        logger.LogInformation("Refused an escalation request in a {ConversationType} conversation", turn.Activity.Conversation?.ConversationType);
        await turn.SendActivityAsync(EscalationText.PersonalChatOnly.In(language), cancellationToken: cancellationToken);
        return true;
    }

    /// <summary>
    /// Card submits (Action.Submit): the answer card's escalate button, the form, "my tickets", and ticket buttons on
    /// clients without Universal Actions. Returns false for an action that is not escalation's.
    /// </summary>
    public async Task<bool> HandleSubmitAsync(ITurnContext turn, CardSubmit submit, Language language, CancellationToken cancellationToken)
    {
        switch (submit.Action)
        {
            case CardActions.EscalateStart:
                await ShowFormAsync(turn, submit.Field(CardFields.Question) ?? "", "answer", language, cancellationToken);
                return true;
            case EscalationActions.Submit:
                if (!await RefusedInSharedConversationAsync(turn, language, cancellationToken)) await SubmitFormAsync(turn, submit, language, cancellationToken);
                return true;
            case EscalationActions.Mine:
                if (!await RefusedInSharedConversationAsync(turn, language, cancellationToken)) await SendMineAsync(turn, language, cancellationToken);
                return true;
            case PendingDeliveriesCardBuilder.RetryAction:
                await RetryDeliveriesAsync(turn, submit, language, cancellationToken);
                return true;
            case var action when EscalationActions.IsTicketCommand(action):
                var card = await ActAsync(turn, submit, language, cancellationToken);
                await Replies.ReplaceOrSendAsync(turn, card, logger, cancellationToken);
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// Universal Actions from ticket cards: the returned card replaces the clicked one for everyone who sees it. Null
    /// for an action that is not a ticket button.
    /// </summary>
    public async Task<AdaptiveCardInvokeResponse?> HandleInvokeAsync(ITurnContext turn, CardSubmit submit, Language language, CancellationToken cancellationToken)
    {
        if (!EscalationActions.IsTicketCommand(submit.Action)) return null;
        return Replies.InvokeResponse(await ActAsync(turn, submit, language, cancellationToken));
    }

    private async Task SubmitFormAsync(ITurnContext turn, CardSubmit submit, Language language, CancellationToken cancellationToken)
    {
        var submissionId = submit.Field(CardFields.SubmissionId) is { Length: > 0 and <= 64 } sid ? sid : Guid.NewGuid().ToString("N");
        var origin = LogValues.Origin(submit.Field(CardFields.Origin));
        var replyTo = JsonConvert.SerializeObject(turn.Activity.GetConversationReference());
        var outcome = await escalations.SubmitAsync(submit.Fields, submissionId, origin, Actor(turn), replyTo, language, cancellationToken);
        if (outcome.Ticket is null)
        {
            logger.LogInformation("Escalation form returned with {Count} invalid fields: {Fields}", outcome.Errors.Count, string.Join(",", outcome.Errors.Keys));
            var values = EscalationActions.Inputs.Form.ToDictionary(f => f, f => submit.Field(f) ?? "");
            var form = new EscalationFormView(submissionId, origin, language, values, escalations.RoleChoices(language), outcome.Errors);
            await Replies.ReplaceOrSendAsync(turn, EscalationFormCardBuilder.Build(form), logger, cancellationToken);
            return;
        }
        // Stored before the person hears of it: the receipt names a ticket that exists.
        await Replies.ReplaceOrSendAsync(turn, TicketReplyCardBuilder.Receipt(TicketViews.For(outcome.Ticket, language)), logger, cancellationToken);
    }

    private async Task SendMineAsync(ITurnContext turn, Language language, CancellationToken cancellationToken)
    {
        var mine = await escalations.ListMineAsync(TurnIdentity.OwnerId(turn), cancellationToken);
        await turn.SendActivityAsync(Replies.Card(MyTicketsCardBuilder.Build([.. mine.Select(t => TicketViews.For(t, language))], language)), cancellationToken);
    }

    private async Task ShowTicketAsync(ITurnContext turn, string id, Language language, CancellationToken cancellationToken)
    {
        var ticket = await escalations.GetAsync(id, cancellationToken);
        // The same reply for "no such ticket" and "not yours": IDs are guessable, their existence is not to be told.
        if (ticket is null || !CanRead(turn, ticket))
        {
            await turn.SendActivityAsync(NotFoundCard(language), cancellationToken);
            return;
        }
        var card = IsConsultant(turn.Activity)
            ? TicketCardBuilder.Build(TicketViews.For(ticket, ChannelLanguage(turn.Activity, language)))
            : ticket.Answer is not null ? TicketReplyCardBuilder.Answer(TicketViews.For(ticket, language)) : TicketReplyCardBuilder.Receipt(TicketViews.For(ticket, language));
        await turn.SendActivityAsync(Replies.Card(card), cancellationToken);
    }

    private async Task SendPendingAsync(ITurnContext turn, Language language, CancellationToken cancellationToken, string? notice = null)
    {
        if (!IsAdmin(turn.Activity))
        {
            await turn.SendActivityAsync(EscalationText.AdminOnly.In(language), cancellationToken: cancellationToken);
            return;
        }
        var pending = await store.ListWithPendingAsync(cancellationToken);
        var views = pending.SelectMany(t => t.Pending.Select(p => new PendingDeliveryView(t.Id, p.Kind.ToString(), p.Attempts, p.NextAttemptAt, p.LastError))).ToList();
        await turn.SendActivityAsync(Replies.Card(PendingDeliveriesCardBuilder.Build(views, language, notice)), cancellationToken);
    }

    /// <summary>The admin's "send now" on the pending-deliveries card: the ticket's deliveries are due at once.</summary>
    private async Task RetryDeliveriesAsync(ITurnContext turn, CardSubmit submit, Language language, CancellationToken cancellationToken)
    {
        if (!IsAdmin(turn.Activity) || !TicketId.TryNormalise(submit.Field(CardFields.TicketId), out var id))
        {
            await turn.SendActivityAsync(EscalationText.AdminOnly.In(language), cancellationToken: cancellationToken);
            return;
        }
        var retried = await escalations.RetryDeliveriesAsync(id, cancellationToken);
        logger.LogInformation("An admin asked to retry the deliveries of ticket {TicketId}: {Outcome}", id, retried is null ? "nothing waits" : "due now");
        var notice = string.Format(CultureInfo.InvariantCulture, (retried is null ? EscalationText.NothingToRetry : EscalationText.RetryQueued).In(language), id);
        await SendPendingAsync(turn, language, cancellationToken, notice);
    }

    private async Task<JsonObject> ActAsync(ITurnContext turn, CardSubmit submit, Language language, CancellationToken cancellationToken)
    {
        var command = submit.Action switch
        {
            EscalationActions.Claim => TicketCommand.Claim,
            EscalationActions.Answer => TicketCommand.Answer,
            EscalationActions.Close => TicketCommand.Close,
            _ => TicketCommand.Reopen,
        };
        var id = TicketId.TryNormalise(submit.Field(CardFields.TicketId), out var normalised) ? normalised : "";
        var ticket = id.Length > 0 ? await escalations.GetAsync(id, cancellationToken) : null;
        if (ticket is null) return NotFoundCardJson(language);

        var consultant = IsConsultant(turn.Activity);
        var requesterReopen = command == TicketCommand.Reopen && !consultant && ticket.Submitter.Id == TurnIdentity.OwnerId(turn);
        if (!consultant && !requesterReopen)
        {
            logger.LogWarning("Refused {Command} on ticket {TicketId} from outside the consultation channel", command, id);
            return MessageCardBuilder.Build(EscalationText.Ticket.In(language), EscalationText.NotAllowed.In(language));
        }

        // The requester's reopen means the same on any answer card; the shared channel card is where clicks race.
        int? seenStep = !requesterReopen && int.TryParse(submit.Field(CardFields.Revision), NumberStyles.None, CultureInfo.InvariantCulture, out var step) ? step : null;
        var change = await escalations.ApplyAsync(id, command, Actor(turn), submit.Field(EscalationActions.Inputs.Answer), seenStep, cancellationToken);
        if (change is null) return NotFoundCardJson(language);
        if (requesterReopen)
        {
            // The reply replaces the answer card the requester clicked: keep the answer on it, with the news.
            var notice = change.Changed
                ? string.Format(CultureInfo.InvariantCulture, EscalationText.Reopened.In(language), id)
                : Refusal(change.Refusal!.Value, change.Ticket, TicketViews.For(change.Ticket, language), language);
            return TicketReplyCardBuilder.Answer(TicketViews.For(ticket, language), notice);
        }
        var cardLanguage = ChannelLanguage(turn.Activity, language);
        var view = TicketViews.For(change.Ticket, cardLanguage);
        return TicketCardBuilder.Build(view, change.Refusal is { } refusal ? Refusal(refusal, change.Ticket, view, cardLanguage) : null);
    }

    private static string Refusal(TicketRefusal refusal, Ticket ticket, TicketView view, Language language) => refusal switch
    {
        TicketRefusal.AlreadyClaimed => string.Format(CultureInfo.InvariantCulture, EscalationText.AlreadyClaimed.In(language), ticket.Assignee?.Name ?? "?"),
        TicketRefusal.EmptyAnswer => EscalationText.EmptyAnswer.In(language),
        TicketRefusal.AnswerTooLong => EscalationText.AnswerTooLong.In(language),
        TicketRefusal.Busy => EscalationText.Busy.In(language),
        TicketRefusal.Stale => EscalationText.Stale.In(language),
        _ => string.Format(CultureInfo.InvariantCulture, EscalationText.WrongStatus.In(language), EscalationText.StatusName(view.State).In(language)),
    };

    private bool IsConsultant(IActivity activity) =>
        (activity.ChannelId == Microsoft.Bot.Connector.Channels.Msteams && channel.IsConsultation(activity)) || IsAdmin(activity);

    private bool IsAdmin(IActivity activity) => admins.Includes(activity);

    private bool CanRead(ITurnContext turn, Ticket ticket) => IsConsultant(turn.Activity) || ticket.Submitter.Id == TurnIdentity.OwnerId(turn);

    /// <summary>Cards in the consultation channel keep its language, whoever clicks; elsewhere the person's.</summary>
    private Language ChannelLanguage(IActivity activity, Language language) =>
        channel.IsConsultation(activity) ? options.Value.ChannelCardLanguage : language;

    private static Person Actor(ITurnContext turn) =>
        new(TurnIdentity.OwnerId(turn), string.IsNullOrWhiteSpace(turn.Activity.From?.Name) ? turn.Activity.From?.Id ?? "?" : turn.Activity.From!.Name);

    private static IMessageActivity NotFoundCard(Language language) => Replies.Card(NotFoundCardJson(language));

    private static JsonObject NotFoundCardJson(Language language) =>
        MessageCardBuilder.Build(EscalationText.Ticket.In(language), EscalationText.NotFound.In(language));
}
