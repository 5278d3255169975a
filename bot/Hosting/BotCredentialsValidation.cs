using Microsoft.Extensions.Options;

namespace ChatAssistant.Bot.Hosting;

/// <summary>
/// With an app id, the identity must say what it is. The SDK silently treats an empty MicrosoftAppType as
/// MultiTenant, which Azure no longer creates and this bot refuses (it serves one tenant); SingleTenant needs the tenant and a secret, UserAssignedMSI the tenant
/// and no secret (the managed identity's client id is the app id).
/// </summary>
internal sealed class BotCredentialsValidation : IValidateOptions<BotCredentialsOptions>
{
    public ValidateOptionsResult Validate(string? name, BotCredentialsOptions options)
    {
        if (options.IsLocalMode) return ValidateOptionsResult.Success;
        var errors = new List<string>();
        switch (options.MicrosoftAppType?.Trim().ToLowerInvariant())
        {
            case "singletenant":
                if (string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId)) errors.Add("SingleTenant needs MicrosoftAppTenantId.");
                if (string.IsNullOrWhiteSpace(options.MicrosoftAppPassword)) errors.Add("SingleTenant needs MicrosoftAppPassword (the client secret).");
                break;
            case "userassignedmsi":
                if (string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId)) errors.Add("UserAssignedMSI needs MicrosoftAppTenantId.");
                if (!string.IsNullOrWhiteSpace(options.MicrosoftAppPassword)) errors.Add("UserAssignedMSI takes no MicrosoftAppPassword.");
                break;
            case "multitenant":
                // Any tenant's users could reach a multi-tenant bot; this one serves one organisation (TeamsTenantGate).
                errors.Add("MultiTenant is not supported: use SingleTenant or UserAssignedMSI with MicrosoftAppTenantId.");
                break;
            default:
                errors.Add("MicrosoftAppId is set, so MicrosoftAppType must be SingleTenant or UserAssignedMSI.");
                break;
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
