using System.Text.Json.Nodes;

namespace ChatAssistant.Deployment.Tests.Teams;

public sealed class PackageLayoutTests(BuiltPackage package) : IClassFixture<BuiltPackage>
{
    [Fact]
    public void ZipHoldsExactlyTheManifestItsLanguageFileAndBothIconsAtTheRoot()
    {
        Assert.Equal(["color.png", "lv.json", "manifest.json", "outline.png"], package.Entries.Keys.Order());
        Assert.Equal(package.Entries.Keys.Order(), package.ReportedEntries.Order());
    }

    [Fact]
    public void ZipHasNoDirectoryEntries()
    {
        Assert.All(package.Entries.Keys, name => Assert.DoesNotContain('/', name));
        Assert.All(package.Entries.Keys, name => Assert.DoesNotContain('\\', name));
    }

    [Fact]
    public void EveryFileTheManifestNamesIsInTheZip()
    {
        var manifest = package.Json("manifest.json");
        string[] named =
        [
            (string)manifest["icons"]!["color"]!,
            (string)manifest["icons"]!["outline"]!,
            .. manifest["localizationInfo"]!["additionalLanguages"]!.AsArray().Select(l => (string)l!["file"]!),
        ];
        Assert.All(named, file => Assert.Contains(file, package.Entries.Keys));
        // Any other string that names a file rather than a web page (a new section's icon, say) must be packed too.
        Assert.All(Strings(manifest).Where(NamesAFile), file => Assert.Contains(file, package.Entries.Keys));
    }

    private static bool NamesAFile(string text) =>
        !text.Contains("://", StringComparison.Ordinal) && System.Text.RegularExpressions.Regex.IsMatch(text, @"^[\w.-]+\.(png|json|svg|html?)$");

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.Where(p => p.Key != "$schema").SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };
}
