using ChatAssistant.Bot.Admin;

namespace ChatAssistant.Bot.Escalation;

/// <summary>
/// /admin/deliveries (what the outbox still has to send) and /admin/escalations/export (questions and consultants'
/// answers for the content editors, as CSV or JSON), in the admin group.
/// </summary>
public static class EscalationEndpoints
{
    public static RouteGroupBuilder MapEscalationAdmin(this RouteGroupBuilder admin)
    {
        admin.MapGet("/deliveries", async (ITicketStore store, CancellationToken cancellationToken) =>
        {
            var pending = await store.ListWithPendingAsync(cancellationToken);
            return Results.Json(pending.SelectMany(t => t.Pending.Select(p => new
            {
                ticket = t.Id,
                delivery = p.Kind.ToString(),
                attempts = p.Attempts,
                nextAttemptAt = p.NextAttemptAt,
                lastError = p.LastError,
            })));
        });

        // An admin's retry: every delivery the ticket still has to make is due now (at-least-once; see the README).
        admin.MapPost("/deliveries/{id}/retry", async (string id, EscalationService escalations, CancellationToken cancellationToken) =>
        {
            if (!TicketId.TryNormalise(id, out var ticketId)) return Results.BadRequest(new { error = "id must be a ticket ID such as VARAM-2026-0042" });
            var ticket = await escalations.RetryDeliveriesAsync(ticketId, cancellationToken);
            return ticket is null
                ? Results.NotFound(new { error = "no such ticket, or nothing waits to be delivered for it" })
                : Results.Ok(new { ticket = ticket.Id, deliveries = ticket.Pending.Select(p => new { delivery = p.Kind.ToString(), attempts = p.Attempts, nextAttemptAt = p.NextAttemptAt, lastError = p.LastError }) });
        });

        admin.MapGet("/escalations/export", async (string? format, ITicketStore store, CancellationToken cancellationToken) =>
        {
            var tickets = await store.ListAllAsync(cancellationToken);
            return AdminApi.Export(format, () => TicketExport.ToCsv(tickets), () => TicketExport.ToJson(tickets));
        });
        return admin;
    }
}
