using Azure.Core;
using Azure.Identity;

namespace ChatAssistant.Bot.State;

/// <summary>The Microsoft Entra credential the keyless storage clients present, as <see cref="StorageOptions"/> chooses it.</summary>
public static class StorageCredential
{
    public static TokenCredential For(StorageOptions options) =>
        string.IsNullOrWhiteSpace(options.ManagedIdentityClientId)
            ? new DefaultAzureCredential()
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId.Trim()));
}
