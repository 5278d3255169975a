using System.Security.Cryptography;
using System.Text;
using ChatAssistant.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Bot.Admin;

/// <summary>
/// /admin/*: the operators' and editors' endpoints. Every one needs the configured admin key
/// (<see cref="AdminOptions.AdminApiKey"/>) as a bearer token; with no key configured, or only a Key Vault
/// reference App Service could not resolve, they do not exist (404).
/// </summary>
public static class AdminApi
{
    public static RouteGroupBuilder MapAdminApi(this IEndpointRouteBuilder app) =>
        app.MapGroup("/admin").RequireAdminNetwork().AddEndpointFilter(async (context, next) =>
        {
            var key = context.HttpContext.RequestServices.GetRequiredService<IOptions<AdminOptions>>().Value.AdminApiKey;
            if (string.IsNullOrWhiteSpace(key) || KeyVaultReference.IsUnresolved(key)) return Results.NotFound();
            return HasKey(context.HttpContext.Request, key) ? await next(context) : Results.Unauthorized();
        });

    /// <summary>The exports' ?format= choice: CSV by default, JSON on request, anything else a 400.</summary>
    public static IResult Export(string? format, Func<string> csv, Func<string> json) => format?.ToLowerInvariant() switch
    {
        null or "" or "csv" => Results.Text(csv(), "text/csv; charset=utf-8", Encoding.UTF8),
        "json" => Results.Text(json(), "application/json; charset=utf-8", Encoding.UTF8),
        _ => Results.BadRequest(new { error = "format must be csv or json" }),
    };

    private static bool HasKey(HttpRequest request, string key)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)) return false;
        var given = Encoding.UTF8.GetBytes(header[scheme.Length..].Trim());
        return CryptographicOperations.FixedTimeEquals(given, Encoding.UTF8.GetBytes(key));
    }
}
