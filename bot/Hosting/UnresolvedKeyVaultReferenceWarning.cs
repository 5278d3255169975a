namespace ChatAssistant.Bot.Hosting;

/// <summary>
/// Says at start-up which settings still hold an unresolved Key Vault reference (<see cref="KeyVaultReference"/>):
/// the operator then knows to create the secret or grant the role, instead of wondering why /admin answers 404.
/// </summary>
internal sealed partial class UnresolvedKeyVaultReferenceWarning(IConfiguration configuration, ILogger<UnresolvedKeyVaultReferenceWarning> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var (key, value) in configuration.AsEnumerable())
        {
            if (KeyVaultReference.IsUnresolved(value)) LogUnresolved(key);
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Setting {Key} holds a Key Vault reference that App Service could not resolve (the secret is missing or the identity may not read it); it is treated as not set")]
    private partial void LogUnresolved(string key);
}
