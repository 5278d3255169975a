using System.Text.Json.Nodes;

namespace ChatAssistant.TeamsPackager;

/// <summary>Puts one organisation's IDs, names and links into the manifest template and its localization files.</summary>
public static class ManifestTemplate
{
    /// <summary>Stands for the bot's host name in the template's tab URLs and <c>validDomains</c>.</summary>
    public const string HostPlaceholder = "{host}";

    public static void Fill(JsonObject manifest, IEnumerable<JsonObject> localizations, PackageSettings settings)
    {
        manifest["id"] = settings.AppId;
        manifest["version"] = settings.Version;
        manifest["bots"]![0]!["botId"] = settings.BotId;
        foreach (var extension in manifest["composeExtensions"] as JsonArray ?? []) extension!["botId"] = settings.BotId;
        FillHost(manifest, settings.Host);

        if (settings.ShortName is { } shortName)
        {
            // The short name is a proper name: the same in every language.
            manifest["name"]!["short"] = shortName;
            foreach (var strings in localizations.Where(l => l.ContainsKey("name.short"))) strings["name.short"] = shortName;
        }

        var developer = manifest["developer"]!;
        if (settings.DeveloperName is { } name) developer["name"] = name;
        if (settings.WebsiteUrl is { } website) developer["websiteUrl"] = website;
        developer["privacyUrl"] = settings.PrivacyUrl;
        developer["termsOfUseUrl"] = settings.TermsOfUseUrl;
    }

    /// <summary>Every string of the template that names the host (the tabs' URLs, <c>validDomains</c>) gets the bot's.</summary>
    private static void FillHost(JsonNode? node, string host)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj.ToList())
                {
                    if (IsHostString(value)) obj[key] = value!.GetValue<string>().Replace(HostPlaceholder, host, StringComparison.Ordinal);
                    else FillHost(value, host);
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (IsHostString(array[i])) array[i] = array[i]!.GetValue<string>().Replace(HostPlaceholder, host, StringComparison.Ordinal);
                    else FillHost(array[i], host);
                }
                break;
        }
    }

    private static bool IsHostString(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) && text.Contains(HostPlaceholder, StringComparison.Ordinal);
}
