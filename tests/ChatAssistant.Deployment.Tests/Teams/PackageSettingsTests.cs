using ChatAssistant.TeamsPackager;

namespace ChatAssistant.Deployment.Tests.Teams;

public sealed class PackageSettingsTests
{
    [Theory]
    [InlineData("not-a-guid", BuiltPackage.BotId, "1.0.0", "--app-id")]
    [InlineData(BuiltPackage.AppId, "", "1.0.0", "--bot-id")]
    [InlineData(BuiltPackage.AppId, BuiltPackage.BotId, "1.0", "--version")]
    public async Task BadSettingsAreRejectedAndNoZipIsWritten(string appId, string botId, string version, string option)
    {
        var zip = Path.Combine(Path.GetTempPath(), $"rejected-{Guid.NewGuid():N}.zip");
        var settings = BuiltPackage.Settings(zip) with { AppId = appId, BotId = botId, Version = version };

        var error = await Assert.ThrowsAsync<PackageException>(() => TeamsPackageBuilder.BuildAsync(settings));

        Assert.Contains(error.Problems, p => p.StartsWith(option, StringComparison.Ordinal));
        Assert.False(File.Exists(zip));
    }

    [Theory]
    [InlineData("https://chatassistant-bot.azurewebsites.net")]
    [InlineData("chatassistant-bot.azurewebsites.net/tab")]
    [InlineData("chatassistant-bot.azurewebsites.net:443")]
    [InlineData("localhost")]
    [InlineData("")]
    public async Task AHostThatIsNoPublicHostNameIsRejected(string host)
    {
        var zip = Path.Combine(Path.GetTempPath(), $"rejected-{Guid.NewGuid():N}.zip");
        var settings = BuiltPackage.Settings(zip) with { Host = host };

        var error = await Assert.ThrowsAsync<PackageException>(() => TeamsPackageBuilder.BuildAsync(settings));

        Assert.Contains(error.Problems, p => p.StartsWith("--host", StringComparison.Ordinal));
        Assert.False(File.Exists(zip));
    }

    [Fact]
    public async Task ANameTooLongForTeamsIsRejected()
    {
        var settings = BuiltPackage.Settings(Path.Combine(Path.GetTempPath(), $"rejected-{Guid.NewGuid():N}.zip")) with { ShortName = new string('x', 31) };

        var error = await Assert.ThrowsAsync<PackageException>(() => TeamsPackageBuilder.BuildAsync(settings));

        Assert.Contains(error.Problems, p => p.StartsWith("--short-name", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("https://www.varam.gov.lv", BuiltPackage.TermsUrl, "--privacy-url is the website's home page")]
    [InlineData(BuiltPackage.PrivacyUrl, "https://www.varam.gov.lv/", "--terms-url is the website's home page")]
    [InlineData(BuiltPackage.PrivacyUrl, BuiltPackage.PrivacyUrl, "are the same page")]
    public async Task AHomePageIsNoPrivacyNoticeOrTerms(string privacy, string terms, string problem)
    {
        // The template's website is https://www.varam.gov.lv; the review found both links pointing there.
        var zip = Path.Combine(Path.GetTempPath(), $"rejected-{Guid.NewGuid():N}.zip");
        var settings = BuiltPackage.Settings(zip) with { PrivacyUrl = privacy, TermsOfUseUrl = terms };

        var error = await Assert.ThrowsAsync<PackageException>(() => TeamsPackageBuilder.BuildAsync(settings));

        Assert.Contains(error.Problems, p => p.Contains(problem, StringComparison.Ordinal));
        Assert.False(File.Exists(zip));
    }

    [Fact]
    public void CommandLineReadsEveryOptionIntoTheSettings()
    {
        var options = CommandLine.Parse(["--app-id", BuiltPackage.AppId, "--bot-id", BuiltPackage.BotId, "--out", "a.zip", "--version", "1.2.3",
            "--host", "bot.example.lv", "--developer-name", "VARAM", "--privacy-url", "https://example.lv/p", "--terms-url", "https://example.lv/t", "--template", "tpl", "--no-schema"]);

        var settings = CommandLine.Settings(options);

        Assert.Equal((BuiltPackage.AppId, BuiltPackage.BotId, "a.zip", "1.2.3"), (settings.AppId, settings.BotId, settings.OutputZip, settings.Version));
        Assert.Equal(("VARAM", "https://example.lv/p", "https://example.lv/t", "tpl"), (settings.DeveloperName, settings.PrivacyUrl, settings.TermsOfUseUrl, settings.TemplateFolder));
        Assert.Equal("bot.example.lv", settings.Host);
        Assert.Null(settings.SchemaPath);
    }

    [Fact]
    public void CommandLineRefusesAnUnknownOption()
    {
        Assert.Throws<ArgumentException>(() => CommandLine.Parse(["--app-idd", BuiltPackage.AppId]));
    }
}
