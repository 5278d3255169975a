namespace ChatAssistant.Bot.Tests.Hosting.Authentication;

/// <summary>
/// A half-configured identity stops the start-up with a clear message instead of failing each request. Run as a
/// process: a start-up that fails this fast races WebApplicationFactory's own start (see InvalidContentTests).
/// </summary>
public class CredentialsConfigurationTests
{
    [Theory]
    [InlineData("", "secret", "tenant", "MicrosoftAppType must be SingleTenant or UserAssignedMSI")]
    [InlineData("SingleTenant", "secret", "", "SingleTenant needs MicrosoftAppTenantId")]
    [InlineData("SingleTenant", "", "tenant", "SingleTenant needs MicrosoftAppPassword")]
    [InlineData("UserAssignedMSI", "", "", "UserAssignedMSI needs MicrosoftAppTenantId")]
    [InlineData("UserAssignedMSI", "secret", "tenant", "UserAssignedMSI takes no MicrosoftAppPassword")]
    [InlineData("MultiTenant", "secret", "tenant", "MultiTenant is not supported")]
    public async Task AnIncompleteIdentityRefusesToStart(string appType, string password, string tenant, string message)
    {
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await using var bot = await BotProcess.StartAsync(new Dictionary<string, string?>
            {
                ["MicrosoftAppId"] = AuthenticatedBot.AppId,
                ["MicrosoftAppType"] = appType,
                ["MicrosoftAppPassword"] = password,
                ["MicrosoftAppTenantId"] = tenant,
            });
        });

        Assert.Contains("exited during start-up", failure.Message);
        Assert.Contains("OptionsValidationException", failure.Message);
        Assert.Contains(message, failure.Message);
    }
}
