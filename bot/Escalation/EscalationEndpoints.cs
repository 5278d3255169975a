using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Bot.Escalation;

/// <summary>
/// /admin/deliveries (what the outbox still has to send) and /admin/escalations/export (questions and consultants'
/// answers for the content editors, as CSV or JSON). Both need the configured admin key as a bearer token; with no
/// key configured they do not exist (404).
/// </summary>
public static class EscalationEndpoints
{
    public static IEndpointRouteBuilder MapEscalationAdmin(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/admin").AddEndpointFilter(async (context, next) =>
        {
            var key = context.HttpContext.RequestServices.GetRequiredService<IOptions<EscalationOptions>>().Value.AdminApiKey;
            if (string.IsNullOrWhiteSpace(key)) return Results.NotFound();
            return HasKey(context.HttpContext.Request, key) ? await next(context) : Results.Unauthorized();
        });

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
            return format?.ToLowerInvariant() switch
            {
                null or "" or "csv" => Results.Text(TicketExport.ToCsv(tickets), "text/csv; charset=utf-8", Encoding.UTF8),
                "json" => Results.Text(TicketExport.ToJson(tickets), "application/json; charset=utf-8", Encoding.UTF8),
                _ => Results.BadRequest(new { error = "format must be csv or json" }),
            };
        });
        return app;
    }

    private static bool HasKey(HttpRequest request, string key)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)) return false;
        var given = Encoding.UTF8.GetBytes(header[scheme.Length..].Trim());
        return CryptographicOperations.FixedTimeEquals(given, Encoding.UTF8.GetBytes(key));
    }
}
