using ChatAssistant.Knowledge.Model;
using Microsoft.Net.Http.Headers;

namespace ChatAssistant.Bot.Tab;

/// <summary>
/// GET /tab (the knowledge page, <c>?lang=lv|en</c>), GET /tab/config (the channel tab's configuration page) and
/// GET /tab/assets/{file}. Every response carries a Content-Security-Policy that lets only this host's own scripts
/// and styles run and only Teams frame the page, and an ETag so an unchanged page costs a 304.
/// </summary>
public static class TabEndpoints
{
    public const string PagePath = "/tab", ConfigPath = "/tab/config", AssetPath = "/tab/assets";

    /// <summary>The Teams hosts (commercial, *.cloud.microsoft, Microsoft 365, GCC High and DoD) that may frame the tab.</summary>
    public const string FrameAncestors =
        "'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.cloud.microsoft https://*.office.com " +
        "https://teams.microsoft.us https://gov.teams.microsoft.us https://*.gov.teams.microsoft.us https://dod.teams.microsoft.us";

    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; " +
        "form-action 'self'; frame-ancestors " + FrameAncestors;

    public static IEndpointRouteBuilder MapTab(this IEndpointRouteBuilder app)
    {
        var assets = app.ServiceProvider.GetRequiredService<TabAssets>();
        if (!assets.HasTeamsJs)
        {
            app.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(TabEndpoints))
                .LogWarning("The Teams JavaScript library is not in this build (run scripts/setup.sh, which installs bot/Tab/web, then build): the knowledge tab works without the Teams context");
        }

        app.MapGet(PagePath, (HttpContext context, TabPages pages, string? lang) =>
        {
            var page = pages.For(LanguageCode.FromCode(lang?.Trim().ToLowerInvariant()) ?? Language.Lv);
            return Send(context, page.Html, page.ETag, "text/html; charset=utf-8");
        });
        app.MapGet(ConfigPath, (HttpContext context, TabPages pages) =>
        {
            var page = pages.Config();
            return Send(context, page.Html, page.ETag, "text/html; charset=utf-8");
        });
        app.MapGet(AssetPath + "/{file}", (HttpContext context, string file) =>
            assets.Find(file) is { } asset ? Send(context, asset.Content, asset.ETag, asset.ContentType) : Results.NotFound());
        return app;
    }

    private static IResult Send(HttpContext context, object body, string etag, string contentType)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-cache";
        headers.ETag = etag;
        if (context.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(t => t.Trim() == etag || t.Trim() == "*")))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }
        return body is byte[] bytes ? Results.Bytes(bytes, contentType) : Results.Text((string)body, contentType);
    }
}
