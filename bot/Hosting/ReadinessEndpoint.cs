using ChatAssistant.Bot.KnowledgeHost;
using ChatAssistant.Bot.State;

namespace ChatAssistant.Bot.Hosting;

public static class ReadinessEndpoint
{
    /// <summary>
    /// /readyz: 200 "ready" when the knowledge index is built and the configured store answers (Azure Storage when it
    /// is configured, otherwise the SQLite file); otherwise 503 naming the part that is not ready (never an exception text).
    /// </summary>
    public static IEndpointRouteBuilder MapReadiness(this IEndpointRouteBuilder app)
    {
        app.MapGet("/readyz", async (KnowledgeReadiness knowledge, StoreReadiness store, CancellationToken cancellationToken) =>
        {
            if (!knowledge.IsReady) return NotReady("knowledge index not built");
            return await store.ProblemAsync(cancellationToken) is { } problem ? NotReady(problem) : Results.Text("ready");
        });
        return app;
    }

    private static IResult NotReady(string reason) => Results.Text(reason, statusCode: StatusCodes.Status503ServiceUnavailable);
}
