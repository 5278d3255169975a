using System.Text.Json.Nodes;
using ChatAssistant.Bot.Turn;
using ChatAssistant.Bot.Hosting;
using ChatAssistant.Cards.Escalation;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;

namespace ChatAssistant.Bot.Escalation;

/// <summary>
/// Makes the deliveries waiting in tickets' outboxes: posts or updates the ticket card in the consultation channel
/// and sends the requester the answer in their own chat, both as proactive messages. A failure is recorded in the
/// ticket (a short reason, no content) and retried later; a success clears the delivery unless a change asked for it
/// again meanwhile (a newer generation), in which case the newer state is sent next time. Before sending, an instance
/// leases the delivery (a revision-checked write), so that two instances sharing the store do not both post the same card.
/// </summary>
public sealed class TicketDelivery(
    BotAdapter adapter,
    ITicketStore store,
    ConsultationChannel channel,
    IOptions<BotCredentialsOptions> credentials,
    IOptions<EscalationOptions> options,
    TimeProvider time,
    ILogger<TicketDelivery> logger)
{
    public static readonly Person Bot = new("bot", "ChatAssistant");
    private const int SaveRetries = 5;

    /// <summary>Delivers everything that is due; returns how many deliveries succeeded.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var delivered = 0;
        foreach (var pending in await store.ListWithPendingAsync(cancellationToken))
        {
            Ticket? ticket = pending;
            foreach (var kind in pending.Pending.Where(p => Outbox.IsDue(p, time.GetUtcNow())).Select(p => p.Kind).ToList())
            {
                if (ticket is null) break;
                var (next, ok) = await DeliverAsync(ticket, kind, cancellationToken);
                ticket = next;
                if (ok) delivered++;
            }
        }
        return delivered;
    }

    private async Task<(Ticket? Ticket, bool Delivered)> DeliverAsync(Ticket found, DeliveryKind kind, CancellationToken cancellationToken)
    {
        var ticket = await store.TryUpdateAsync(Outbox.Leased(found, kind, time.GetUtcNow() + options.Value.DeliveryLease), found.Revision, cancellationToken);
        if (ticket is null) return (null, false); // another instance has it, or the ticket just changed: the next run sees it anew

        string? failure = null;
        string? postedId = null;
        try
        {
            if (kind == DeliveryKind.ChannelCard) (postedId, failure) = await SendChannelCardAsync(ticket, cancellationToken);
            else await SendRequesterNoticeAsync(ticket, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            failure = Reason(e);
        }

        if (failure is null) logger.LogInformation("Delivered {Delivery} for ticket {TicketId}", kind, ticket.Id);
        else logger.LogWarning("Delivery {Delivery} for ticket {TicketId} failed ({Reason}); it stays in the outbox", kind, ticket.Id, failure);
        return (await RecordAsync(ticket, kind, failure, postedId, cancellationToken), failure is null);
    }

    private async Task<(string? PostedId, string? Failure)> SendChannelCardAsync(Ticket ticket, CancellationToken cancellationToken)
    {
        var reference = await channel.ResolveAsync(cancellationToken);
        if (reference is null) return (null, Outbox.ChannelNotConfigured);

        var view = TicketViews.For(ticket, options.Value.ChannelCardLanguage);
        var card = TicketCardBuilder.Build(view);
        string? postedId = null;
        await adapter.ContinueConversationAsync(credentials.Value.MicrosoftAppId ?? "", reference, async (turn, ct) =>
        {
            AssistantAdapter.MarkProactive(turn);
            var activity = (Activity)Replies.Card(card, $"{ticket.Id}: {view.State}");
            if (ticket.ChannelMessageId is { Length: > 0 } id)
            {
                activity.Id = id;
                try
                {
                    await turn.UpdateActivityAsync(activity, ct);
                    return;
                }
                catch (ErrorResponseException e) when (e.Response?.StatusCode == System.Net.HttpStatusCode.NotFound)
                {
                    // Someone deleted the channel's card: post it anew rather than retrying an update that cannot succeed.
                    activity.Id = null;
                }
            }
            postedId = (await turn.SendActivityAsync(activity, ct))?.Id;
        }, cancellationToken);
        return (postedId, null);
    }

    private async Task SendRequesterNoticeAsync(Ticket ticket, CancellationToken cancellationToken)
    {
        var view = TicketViews.For(ticket, TicketViews.RequesterLanguage(ticket));
        JsonObject? card = ticket.Status switch
        {
            TicketStatus.Answered => TicketReplyCardBuilder.Answer(view),
            TicketStatus.Closed => TicketReplyCardBuilder.Closed(view),
            _ => null, // reopened before the notice went out: nothing to tell yet
        };
        if (card is null) return;
        var reference = JsonConvert.DeserializeObject<ConversationReference>(ticket.ReplyTo)
            ?? throw new InvalidOperationException("The ticket has no reply address");
        await adapter.ContinueConversationAsync(credentials.Value.MicrosoftAppId ?? "", reference, (turn, ct) =>
        {
            AssistantAdapter.MarkProactive(turn);
            return turn.SendActivityAsync(Replies.Card(card), ct);
        }, cancellationToken);
    }

    private async Task<Ticket?> RecordAsync(Ticket sent, DeliveryKind kind, string? failure, string? postedId, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < SaveRetries; attempt++)
        {
            var fresh = await store.GetAsync(sent.Id, cancellationToken);
            if (fresh is null) return null; // deleted meanwhile (retention)
            var now = time.GetUtcNow();
            var updated = fresh;
            if (failure is not null)
            {
                updated = failure == Outbox.ChannelNotConfigured
                    ? Outbox.Waiting(fresh, kind, failure, now)
                    : Outbox.Failed(fresh, kind, failure, now, options.Value.FirstRetryDelay);
            }
            else
            {
                if (postedId is not null && fresh.ChannelMessageId != postedId)
                    updated = updated with { ChannelMessageId = postedId, History = [.. updated.History, new TicketEvent(now, TicketEventKind.PostedToChannel, Bot)] };
                if (kind == DeliveryKind.RequesterNotice && sent.Status == TicketStatus.Answered)
                    updated = updated with { History = [.. updated.History, new TicketEvent(now, TicketEventKind.AnswerDelivered, Bot)] };
                updated = Outbox.Delivered(updated, kind, sent.Pending.Single(p => p.Kind == kind).Generation);
            }
            var saved = await store.TryUpdateAsync(updated, fresh.Revision, cancellationToken);
            if (saved is not null) return saved;
        }
        logger.LogWarning("Could not record delivery {Delivery} for ticket {TicketId}; it will be retried", kind, sent.Id);
        return null;
    }

    private static string Reason(Exception e) => e switch
    {
        HttpRequestException { StatusCode: { } status } => $"http-{(int)status}",
        ErrorResponseException { Response: { } response } => $"http-{(int)response.StatusCode}",
        _ => e.GetType().Name,
    };
}
