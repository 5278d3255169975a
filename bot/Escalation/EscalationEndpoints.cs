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

        admin.MapGet("/escalations/export", async (string? format, ITicketStore store, CancellationToken cancellationToken) =>
        {
            var tickets = await store.ListAllAsync(cancellationToken);
            return AdminApi.Export(format, () => TicketExport.ToCsv(tickets), () => TicketExport.ToJson(tickets));
        });
        return admin;
    }
}
