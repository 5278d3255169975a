using ChatAssistant.Bot.KnowledgeHost;
using ChatAssistant.Bot.State;
using Microsoft.Data.Sqlite;

namespace ChatAssistant.Bot.Hosting;

public static class ReadinessEndpoint
{
    /// <summary>
    /// /readyz: 200 "ready" when the knowledge index is built and the SQLite store opens and answers a query;
    /// otherwise 503 naming the part that is not ready (never an exception text).
    /// </summary>
    public static IEndpointRouteBuilder MapReadiness(this IEndpointRouteBuilder app)
    {
        app.MapGet("/readyz", (KnowledgeReadiness knowledge, IServiceProvider services, ILoggerFactory loggers) =>
        {
            if (!knowledge.IsReady) return NotReady("knowledge index not built");
            try
            {
                // Resolved here: the database is created on first use, and that can be what fails.
                var database = services.GetRequiredService<SqliteDatabase>();
                using var connection = database.Open();
                using var command = connection.CreateCommand();
                command.CommandText = "SELECT 1;";
                command.ExecuteScalar();
            }
            catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException or InvalidOperationException)
            {
                loggers.CreateLogger(typeof(ReadinessEndpoint)).LogWarning(e, "Readiness check could not open the SQLite store");
                return NotReady("store unavailable");
            }
            return Results.Text("ready");
        });
        return app;
    }

    private static IResult NotReady(string reason) => Results.Text(reason, statusCode: StatusCodes.Status503ServiceUnavailable);
}
