namespace ChatAssistant.Bot.Hosting;

/// <summary>
/// App Service replaces an app setting of the form <c>@Microsoft.KeyVault(...)</c> with the secret's value. When it
/// cannot (the secret does not exist yet, or the identity may not read it), the setting keeps that literal text, which
/// anyone who reads the deployment template can write: such a value must never count as a key.
/// </summary>
public static class KeyVaultReference
{
    public const string Prefix = "@Microsoft.KeyVault(";

    public static bool IsUnresolved(string? value) =>
        value is not null && value.TrimStart().StartsWith(Prefix, StringComparison.OrdinalIgnoreCase);
}
