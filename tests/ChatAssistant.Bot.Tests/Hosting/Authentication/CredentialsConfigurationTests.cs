using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Bot.Tests.Hosting.Authentication;

/// <summary>A half-configured identity stops the start-up with a clear message instead of failing each request.</summary>
public class CredentialsConfigurationTests
{
    [Theory]
    [InlineData("", "secret", "tenant", "MicrosoftAppType must be SingleTenant or UserAssignedMSI")]
    [InlineData("SingleTenant", "secret", "", "SingleTenant needs MicrosoftAppTenantId")]
    [InlineData("SingleTenant", "", "tenant", "SingleTenant needs MicrosoftAppPassword")]
    [InlineData("UserAssignedMSI", "", "", "UserAssignedMSI needs MicrosoftAppTenantId")]
    [InlineData("UserAssignedMSI", "secret", "tenant", "UserAssignedMSI takes no MicrosoftAppPassword")]
    public void AnIncompleteIdentityRefusesToStart(string appType, string password, string tenant, string message)
    {
        using var factory = new BotApplicationFactory().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("MicrosoftAppId", AuthenticatedBot.AppId);
            builder.UseSetting("MicrosoftAppType", appType);
            builder.UseSetting("MicrosoftAppPassword", password);
            builder.UseSetting("MicrosoftAppTenantId", tenant);
        });

        var failure = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());
        Assert.Contains(message, failure.Message);
    }
}
