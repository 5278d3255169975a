using System.Collections.Frozen;
using System.Reflection;
using System.Security.Cryptography;
using ChatAssistant.Cards.Tab;

namespace ChatAssistant.Bot.Tab;

/// <summary>
/// The tab's scripts and style, embedded in the bot at build time (bot/Tab/web, and the Teams JavaScript library from
/// that folder's npm package when it was installed), so the host serves everything the page loads and no CDN is needed.
/// </summary>
public sealed class TabAssets
{
    private const string Prefix = "tab-assets/";

    public sealed record Asset(byte[] Content, string ContentType, string ETag);

    private readonly FrozenDictionary<string, Asset> assets;

    public TabAssets() : this(typeof(TabAssets).Assembly)
    {
    }

    internal TabAssets(Assembly assembly)
    {
        var found = new Dictionary<string, Asset>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var bytes = copy.ToArray();
            found[name[Prefix.Length..]] = new Asset(bytes, ContentTypeOf(name), TabEtag.Of(bytes));
        }
        assets = found.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>False when bot/Tab/web's npm package was not installed before the build: the page then works without Teams context.</summary>
    public bool HasTeamsJs => assets.ContainsKey(TabPageSettings.TeamsJsFile);

    public Asset? Find(string name) => assets.GetValueOrDefault(name);

    private static string ContentTypeOf(string name) =>
        Path.GetExtension(name) switch
        {
            ".js" => "text/javascript; charset=utf-8",
            ".css" => "text/css; charset=utf-8",
            _ => "application/octet-stream",
        };
}

/// <summary>A strong ETag from the bytes served, so a restart with the same content keeps browsers' copies valid.</summary>
internal static class TabEtag
{
    public static string Of(ReadOnlySpan<byte> bytes) => $"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))[..20]}\"";
}
