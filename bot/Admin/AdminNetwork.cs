using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Bot.Admin;

/// <summary>
/// Keeps /admin/* to the operators' addresses. App Service's access restrictions apply to the whole site, so the
/// Azure Bot Service, which must reach /api/messages, would otherwise reach /admin/* too; this check is per path.
/// </summary>
public static class AdminNetwork
{
    public static IHostApplicationBuilder AddAdminNetwork(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AdminNetworkOptions>().BindConfiguration(AdminNetworkOptions.Section)
            .Validate(o => { _ = o.Networks(); return true; }).ValidateOnStart();
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            // Only the last hop: App Service's front end appends the real client there. Its address is not fixed,
            // so the known-proxy list (loopback by default) is cleared rather than filled in.
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor;
            o.ForwardLimit = 1;
            o.KnownIPNetworks.Clear();
            o.KnownProxies.Clear();
        });
        return builder;
    }

    /// <summary>Reads X-Forwarded-For only when admin ranges are configured, that is, when deployed behind the front end.</summary>
    public static WebApplication UseAdminNetwork(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<AdminNetworkOptions>>().Value.Restricted) app.UseForwardedHeaders();
        return app;
    }

    /// <summary>403 for a caller outside the ranges, before the admin key is even looked at.</summary>
    public static RouteGroupBuilder RequireAdminNetwork(this RouteGroupBuilder group) =>
        group.AddEndpointFilter(async (context, next) =>
        {
            var options = context.HttpContext.RequestServices.GetRequiredService<IOptions<AdminNetworkOptions>>().Value;
            if (options.Admits(context.HttpContext.Connection.RemoteIpAddress)) return await next(context);
            context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AdminNetwork))
                .LogWarning("Refused an admin request from {Address}, outside AdminNetwork:AllowedIpRanges", context.HttpContext.Connection.RemoteIpAddress);
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        });
}
