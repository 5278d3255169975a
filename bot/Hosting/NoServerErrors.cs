namespace ChatAssistant.Bot.Hosting;

public static class NoServerErrors
{
    /// <summary>
    /// The last line of defence: anything that escapes an endpoint becomes a bare 503 (try again later), logged, with
    /// no exception text. A channel never receives a 500 from us.
    /// </summary>
    public static WebApplication UseNoServerErrors(this WebApplication app)
    {
        app.UseExceptionHandler(handler => handler.Run(context =>
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return Task.CompletedTask;
        }));
        return app;
    }
}
