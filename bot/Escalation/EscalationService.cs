using ChatAssistant.Bot.Telemetry;
using ChatAssistant.Cards.Escalation;
using ChatAssistant.Knowledge.Model;
using ChatAssistant.Knowledge.Search;
using Inputs = ChatAssistant.Cards.Escalation.EscalationActions.Inputs;
using ChatAssistant.Cards.Strings;

namespace ChatAssistant.Bot.Escalation;

public sealed record FormOutcome(Ticket? Ticket, IReadOnlyDictionary<string, string> Errors);

/// <summary>
/// Escalation without the chat: checks and stores forms, applies consultants' commands with optimistic
/// concurrency, and tells the outbox when there is something to deliver. Logs ticket IDs and statuses only.
/// </summary>
public sealed class EscalationService(
    ITicketStore store,
    KnowledgeIndex index,
    OutboxSignal outbox,
    AssistantMetrics metrics,
    TimeProvider time,
    ILogger<EscalationService> logger)
{
    private const int ConflictRetries = 5;

    /// <summary>An admin's retry: every delivery the ticket still has to make is due now, and the outbox is woken.</summary>
    public async Task<Ticket?> RetryDeliveriesAsync(string id, CancellationToken cancellationToken)
    {
        var ticket = await DeliveryRetry.RetryAsync(store, id, time.GetUtcNow(), cancellationToken);
        if (ticket is not null) outbox.Notify();
        return ticket;
    }

    /// <summary>The four roles of the card, as (id, label) for the form.</summary>
    public IReadOnlyList<(string Id, string Label)> RoleChoices(Language language)
    {
        var knowledge = index.Current.Knowledge;
        return [.. knowledge.Roles(knowledge.DefaultRoleCard).Select(r => (r.Role.Id, Capital(r.Role.Holder.In(language))))];
    }

    public async Task<FormOutcome> SubmitAsync(
        IReadOnlyDictionary<string, string> values, string submissionId, string origin, Person submitter, string replyTo, Language language,
        CancellationToken cancellationToken)
    {
        var roles = RoleChoices(language);
        var errors = EscalationForm.Validate(values, [.. roles.Select(r => r.Id)], language);
        if (errors.Count > 0) return new FormOutcome(null, errors);

        var now = time.GetUtcNow();
        var onBehalf = EscalationForm.Value(values, Inputs.OnBehalfOf);
        var roleId = EscalationForm.Value(values, Inputs.Role);
        var request = new TicketRequest(
            EscalationForm.Value(values, Inputs.Question),
            EscalationForm.Value(values, Inputs.Institution),
            roles.FirstOrDefault(r => r.Id == roleId).Label ?? EscalationText.OtherRole.In(language),
            EscalationForm.Value(values, Inputs.Subject),
            EscalationForm.Value(values, Inputs.Urgency) == EscalationActions.UrgencyUrgent ? TicketUrgency.Urgent : TicketUrgency.Normal,
            onBehalf.Length > 0 ? onBehalf : submitter.Name,
            EscalationForm.Value(values, Inputs.Contact),
            language.Code(),
            origin);
        var draft = new Ticket
        {
            Id = "",
            SubmissionId = submitter.Id + "/" + submissionId, // a form seen by others cannot fetch its sender's ticket
            Request = request,
            Submitter = submitter,
            ReplyTo = replyTo,
            History = [new TicketEvent(now, TicketEventKind.Created, submitter)],
            Pending = [new PendingDelivery(DeliveryKind.ChannelCard, 0, now, null)],
            CreatedAt = now,
            UpdatedAt = now,
        };
        var ticket = await store.CreateAsync(draft, cancellationToken);
        logger.LogInformation("Stored escalation ticket {TicketId} from origin {Origin}", ticket.Id, origin);
        if (ticket.CreatedAt == now) metrics.EscalationCreated(origin); // a repeated form returns the earlier ticket: not counted
        outbox.Notify();
        return new FormOutcome(ticket, errors);
    }

    /// <summary>
    /// Applies a command to the ticket as stored now. When another save lands first, the command is decided again
    /// on the newer ticket: of two consultants claiming at once, one wins and the other is refused. With
    /// <paramref name="seenStep"/> (the step the clicked card showed), a command the workflow would allow is still
    /// refused as <see cref="TicketRefusal.Stale"/> when the ticket has moved on since: a "close" pressed on a card
    /// drawn before the requester reopened the ticket must not close the reopened one.
    /// </summary>
    public async Task<TicketChange?> ApplyAsync(string ticketId, TicketCommand command, Person actor, string? answer, int? seenStep, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < ConflictRetries; attempt++)
        {
            var ticket = await store.GetAsync(ticketId, cancellationToken);
            if (ticket is null) return null;
            var change = TicketWorkflow.Apply(ticket, command, actor, answer, time.GetUtcNow());
            if (change.Changed && seenStep is { } seen && seen != ticket.Step) change = new TicketChange(ticket, TicketRefusal.Stale);
            if (!change.Changed)
            {
                logger.LogInformation("Refused {Command} on ticket {TicketId}: {Refusal}", command, ticketId, change.Refusal);
                return change;
            }
            var saved = await store.TryUpdateAsync(change.Ticket, ticket.Revision, cancellationToken);
            if (saved is null) continue;
            logger.LogInformation("Ticket {TicketId} is now {Status} after {Command}", ticketId, saved.Status, command);
            outbox.Notify();
            return change with { Ticket = saved };
        }
        logger.LogWarning("Ticket {TicketId} kept changing; gave up {Command} after {Attempts} attempts", ticketId, command, ConflictRetries);
        var current = await store.GetAsync(ticketId, cancellationToken);
        return current is null ? null : new TicketChange(current, TicketRefusal.Busy);
    }

    public Task<Ticket?> GetAsync(string ticketId, CancellationToken cancellationToken) => store.GetAsync(ticketId, cancellationToken);

    public Task<IReadOnlyList<Ticket>> ListMineAsync(string userId, CancellationToken cancellationToken) =>
        store.ListBySubmitterAsync(userId, cancellationToken);

    private static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
