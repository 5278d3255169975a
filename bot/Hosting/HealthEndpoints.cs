using ChatAssistant.Bot.KnowledgeHost;

namespace ChatAssistant.Bot.Hosting;

public static class HealthEndpoints
{
    /// <summary>/healthz: 200 "ready" once the knowledge index is built, 503 before.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", (KnowledgeReadiness readiness) =>
            readiness.IsReady ? Results.Text("ready") : Results.Text("starting", statusCode: StatusCodes.Status503ServiceUnavailable));
        return app;
    }
}
