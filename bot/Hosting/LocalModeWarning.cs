using Microsoft.Extensions.Options;

namespace ChatAssistant.Bot.Hosting;

/// <summary>Checks the bot identity at start-up, and says loudly when the bot runs without authentication.</summary>
internal sealed class LocalModeWarning(IOptions<BotCredentialsOptions> credentials, IServiceProvider services, ILogger<LocalModeWarning> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Resolving the authentication now makes a half-configured identity stop the start-up, not fail each request.
        services.GetRequiredService<Microsoft.Bot.Connector.Authentication.BotFrameworkAuthentication>();
        if (credentials.Value.IsLocalMode)
        {
            logger.LogWarning("MicrosoftAppId is not set: running in local mode WITHOUT authentication. Use this only with the Agents Playground or tests, never on a public endpoint.");
        }
        else
        {
            logger.LogInformation("Bot Framework authentication is on for app {MicrosoftAppId} ({MicrosoftAppType})", credentials.Value.MicrosoftAppId, credentials.Value.MicrosoftAppType);
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
