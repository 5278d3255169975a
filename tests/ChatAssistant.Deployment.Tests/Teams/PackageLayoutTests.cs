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
    }
}
