using System.Text.RegularExpressions;

namespace ChatAssistant.TeamsPackager;

/// <summary>What differs between one organisation's Teams app package and another's; the rest is in the template.</summary>
public sealed partial record PackageSettings
{
    public required string AppId { get; init; }
    public required string BotId { get; init; }
    public required string OutputZip { get; init; }
    public string Version { get; init; } = "1.0.0";
    public string? ShortName { get; init; }
    public string? DeveloperName { get; init; }
    public string? WebsiteUrl { get; init; }

    /// <summary>
    /// The privacy notice for this app (required): Teams shows it to every user, and tickets and feedback hold
    /// personal data, so it must say what they hold, why, and for how long (see deploymentTemplates/README.md).
    /// </summary>
    public required string PrivacyUrl { get; init; }

    /// <summary>The terms of use for this app (required).</summary>
    public required string TermsOfUseUrl { get; init; }

    /// <summary>
    /// The bot's public host name, e.g. chatassistant-bot.azurewebsites.net (the Azure template's output
    /// webAppHostName): the tabs load from it, so it fills their URLs and <c>validDomains</c>.
    /// </summary>
    public required string Host { get; init; }

    /// <summary>The folder holding manifest.json, lv.json and icon.svg.</summary>
    public required string TemplateFolder { get; init; }

    /// <summary>The Teams manifest 1.29 JSON schema; null skips schema validation (the other checks still run).</summary>
    public string? SchemaPath { get; init; }

    public string RsvgConvert { get; init; } = "rsvg-convert";

    /// <summary>Every reason these settings cannot make a package Teams accepts; empty when they can.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (!Guid.TryParseExact(AppId, "D", out _)) problems.Add($"--app-id must be a GUID (xxxxxxxx-xxxx-...), not '{AppId}'");
        if (!Guid.TryParseExact(BotId, "D", out _)) problems.Add($"--bot-id must be a GUID (the bot's Microsoft App ID), not '{BotId}'");
        if (!SemVer().IsMatch(Version)) problems.Add($"--version must be semantic, like 1.2.0, not '{Version}'");
        if (!IsHostName(Host)) problems.Add($"--host must be the bot's public host name, like chatassistant.azurewebsites.net (no https://, path or port), not '{Host}'");
        if (ShortName is { Length: 0 or > 30 }) problems.Add("--short-name must be 1 to 30 characters");
        if (DeveloperName is { Length: 0 or > 32 }) problems.Add("--developer-name must be 1 to 32 characters");
        foreach (var (option, url) in new[] { ("--website-url", WebsiteUrl), ("--privacy-url", PrivacyUrl), ("--terms-url", TermsOfUseUrl) })
        {
            if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps))
                problems.Add($"{option} must be an absolute https URL, not '{url}'");
        }
        return problems;
    }

    /// <summary>The links' problems once the website is known (from the settings or the template): a home page is no privacy notice or terms.</summary>
    public IReadOnlyList<string> LinkProblems(string website)
    {
        var problems = new List<string>();
        foreach (var (option, url) in new[] { ("--privacy-url", PrivacyUrl), ("--terms-url", TermsOfUseUrl) })
        {
            if (SamePage(url, website)) problems.Add($"{option} is the website's home page ({website}); give the page of the app's own {(option == "--privacy-url" ? "privacy notice" : "terms of use")}");
        }
        if (SamePage(PrivacyUrl, TermsOfUseUrl)) problems.Add("--privacy-url and --terms-url are the same page; the privacy notice and the terms of use are two documents");
        return problems;
    }

    private static bool SamePage(string a, string b) =>
        Uri.TryCreate(a, UriKind.Absolute, out var x) && Uri.TryCreate(b, UriKind.Absolute, out var y)
        && string.Equals(x.GetLeftPart(UriPartial.Path).TrimEnd('/'), y.GetLeftPart(UriPartial.Path).TrimEnd('/'), StringComparison.OrdinalIgnoreCase);

    private static bool IsHostName(string host) =>
        host.Length is > 0 and <= 253 && host.Contains('.', StringComparison.Ordinal) && Uri.CheckHostName(host) == UriHostNameType.Dns;

    [GeneratedRegex(@"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$")]
    private static partial Regex SemVer();
}
