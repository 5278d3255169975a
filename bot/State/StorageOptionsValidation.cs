using Microsoft.Extensions.Options;

namespace ChatAssistant.Bot.State;

/// <summary>
/// Refuses a half-configured Azure Storage at start-up instead of falling back to SQLite or failing each turn: the
/// keyless path needs both service endpoints as absolute https URLs (a bearer token is never sent over plain http),
/// and a connection string and the endpoints together would leave it unclear which account holds the state.
/// </summary>
internal sealed class StorageOptionsValidation : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        if (!options.UsesServiceUris) return ValidateOptionsResult.Success;
        var errors = new List<string>();
        if (options.UsesConnectionString)
            errors.Add($"Set either {Key(nameof(StorageOptions.AzureConnectionString))} or the service endpoints ({Key(nameof(StorageOptions.BlobServiceUri))}, {Key(nameof(StorageOptions.TableServiceUri))}), not both.");
        CheckEndpoint(options.BlobServiceUri, nameof(StorageOptions.BlobServiceUri), errors);
        CheckEndpoint(options.TableServiceUri, nameof(StorageOptions.TableServiceUri), errors);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void CheckEndpoint(Uri? uri, string property, List<string> errors)
    {
        if (uri is null || uri.OriginalString.Trim().Length == 0)
            errors.Add($"{Key(property)} is missing: keyless Azure Storage needs both {Key(nameof(StorageOptions.BlobServiceUri))} and {Key(nameof(StorageOptions.TableServiceUri))}.");
        else if (!uri.IsAbsoluteUri || uri.Scheme != Uri.UriSchemeHttps)
            errors.Add($"{Key(property)} must be an absolute https URL, not '{uri.OriginalString}'.");
    }

    private static string Key(string property) => $"{StorageOptions.Section}:{property}";
}
