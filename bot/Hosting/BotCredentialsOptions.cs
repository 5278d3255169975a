namespace ChatAssistant.Bot.Hosting;

/// <summary>
/// The Azure Bot identity, read from the configuration root under the names the Bot Framework SDK itself reads.
/// No <see cref="MicrosoftAppId"/> means local mode: no authentication, for the Agents Playground and tests.
/// </summary>
public sealed class BotCredentialsOptions
{
    /// <summary>SingleTenant or UserAssignedMSI (Azure no longer creates new MultiTenant bots).</summary>
    public string? MicrosoftAppType { get; set; }
    public string? MicrosoftAppId { get; set; }
    public string? MicrosoftAppPassword { get; set; }
    public string? MicrosoftAppTenantId { get; set; }

    public bool IsLocalMode => string.IsNullOrWhiteSpace(MicrosoftAppId);
}
