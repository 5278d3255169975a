using System.Text.Json.Nodes;

namespace ChatAssistant.TeamsPackager;

/// <summary>Puts one organisation's IDs, names and links into the manifest template and its localization files.</summary>
public static class ManifestTemplate
{
    public static void Fill(JsonObject manifest, IEnumerable<JsonObject> localizations, PackageSettings settings)
    {
        manifest["id"] = settings.AppId;
        manifest["version"] = settings.Version;
        manifest["bots"]![0]!["botId"] = settings.BotId;

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
}
