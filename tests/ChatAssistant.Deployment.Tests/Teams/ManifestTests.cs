using ChatAssistant.TeamsPackager;

namespace ChatAssistant.Deployment.Tests.Teams;

public sealed class ManifestTests(BuiltPackage package) : IClassFixture<BuiltPackage>
{
    [Fact]
    public async Task PackagedManifestIsValidAgainstTheTeams129Schema()
    {
        var violations = await ManifestSchema.ViolationsAsync(BuiltPackage.SchemaPath, package.Json("manifest.json").ToJsonString());

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
        Assert.Equal("1.29", (string?)package.Json("manifest.json")["manifestVersion"]);
    }

    [Fact]
    public async Task SchemaCheckRejectsAManifestWithoutAGuidId()
    {
        // Guards the test above: a validator that accepted everything would make it pass.
        var manifest = package.Json("manifest.json");
        manifest["id"] = "not-a-guid";
        manifest.Remove("accentColor");

        var violations = await ManifestSchema.ViolationsAsync(BuiltPackage.SchemaPath, manifest.ToJsonString());

        Assert.Contains(violations, v => v.Contains("id", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("accentColor", StringComparison.Ordinal));
    }

    [Fact]
    public void AppIdBotIdVersionAndNameComeFromTheSettings()
    {
        var manifest = package.Json("manifest.json");

        Assert.Equal(BuiltPackage.AppId, (string?)manifest["id"]);
        Assert.Equal(BuiltPackage.BotId, (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal("2.3.4", (string?)manifest["version"]);
        Assert.Equal("Asistents", (string?)manifest["name"]!["short"]);
        Assert.Equal("Asistents", (string?)package.Json("lv.json")["name.short"]);
    }

    [Fact]
    public void BotWorksInPersonalChatsTeamsAndGroupChatsWithAMenuForEach()
    {
        var bot = package.Json("manifest.json")["bots"]![0]!;
        var lists = bot["commandLists"]!.AsArray().Select(l => l!["scopes"]!.AsArray().Select(s => (string)s!).Order().ToArray()).ToList();

        Assert.Equal(["groupChat", "personal", "team"], bot["scopes"]!.AsArray().Select(s => (string)s!).Order());
        Assert.Equal([["personal"], ["groupChat", "team"]], lists);
    }

    [Fact]
    public void PrivacyAndTermsLinksComeFromTheSettings()
    {
        var developer = package.Json("manifest.json")["developer"]!;

        Assert.Equal((BuiltPackage.PrivacyUrl, BuiltPackage.TermsUrl), ((string?)developer["privacyUrl"], (string?)developer["termsOfUseUrl"]));
    }

    [Fact]
    public void EnglishIsTheDefaultAndLatvianComesFromLvJson()
    {
        var info = package.Json("manifest.json")["localizationInfo"]!;

        Assert.Equal("en", (string?)info["defaultLanguageTag"]);
        var latvian = Assert.Single(info["additionalLanguages"]!.AsArray());
        Assert.Equal("lv", (string?)latvian!["languageTag"]);
        Assert.Equal("lv.json", (string?)latvian["file"]);
    }
}
