using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json.Nodes;

namespace ChatAssistant.Deployment.Tests.Teams;

/// <summary>The packager as scripts/package-teams-app.sh runs it: a program with options, an exit code and messages.</summary>
public sealed class PackagerProcessTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("teams-packager-process-");

    public void Dispose() => folder.Delete(recursive: true);

    [Fact]
    public async Task PackagerWritesTheZipAndSaysTheSchemaWasChecked()
    {
        var zip = Path.Combine(folder.FullName, "out", "app.zip");

        var (exitCode, output, errors) = await RunAsync("--app-id", BuiltPackage.AppId, "--bot-id", BuiltPackage.BotId, "--host", BuiltPackage.Host, "--out", zip,
            "--schema", BuiltPackage.SchemaPath, "--privacy-url", BuiltPackage.PrivacyUrl, "--terms-url", BuiltPackage.TermsUrl);

        Assert.True(exitCode == 0, errors);
        Assert.Contains("manifest.json is valid against", output, StringComparison.Ordinal);
        using var archive = ZipFile.OpenRead(zip);
        Assert.Equal(["color.png", "lv.json", "manifest.json", "outline.png"], archive.Entries.Select(e => e.FullName).Order());
    }

    [Fact]
    public async Task PackagerFailsWithEveryProblemAndWritesNothing()
    {
        var zip = Path.Combine(folder.FullName, "app.zip");

        var (exitCode, _, errors) = await RunAsync("--app-id", "x", "--bot-id", "y", "--host", "https://bot.example.lv/", "--out", zip, "--no-schema",
            "--privacy-url", BuiltPackage.PrivacyUrl, "--terms-url", BuiltPackage.TermsUrl);

        Assert.Equal(1, exitCode);
        Assert.Contains("--app-id must be a GUID", errors, StringComparison.Ordinal);
        Assert.Contains("--bot-id must be a GUID", errors, StringComparison.Ordinal);
        Assert.Contains("--host must be the bot's public host name", errors, StringComparison.Ordinal);
        Assert.False(File.Exists(zip));
    }

    [Fact]
    public async Task IdsAndVersionMayComeFromTheEnvironment()
    {
        var zip = Path.Combine(folder.FullName, "app.zip");
        var environment = new Dictionary<string, string>
        {
            ["TEAMS_APP_ID"] = BuiltPackage.AppId, ["BOT_ID"] = BuiltPackage.BotId, ["BOT_HOST"] = BuiltPackage.Host, ["TEAMS_APP_VERSION"] = "4.5.6",
        };

        var (exitCode, _, errors) = await RunAsync(environment, "--out", zip, "--schema", BuiltPackage.SchemaPath,
            "--privacy-url", BuiltPackage.PrivacyUrl, "--terms-url", BuiltPackage.TermsUrl);

        Assert.True(exitCode == 0, errors);
        using var archive = ZipFile.OpenRead(zip);
        using var stream = archive.GetEntry("manifest.json")!.Open();
        var manifest = JsonNode.Parse(stream)!;
        Assert.Equal((BuiltPackage.AppId, BuiltPackage.BotId, "4.5.6"),
            ((string?)manifest["id"], (string?)manifest["bots"]![0]!["botId"], (string?)manifest["version"]));
    }

    [Fact]
    public async Task WithoutAPrivacyNoticeNoPackageIsBuilt()
    {
        var zip = Path.Combine(folder.FullName, "app.zip");

        var (exitCode, _, errors) = await RunAsync("--app-id", BuiltPackage.AppId, "--bot-id", BuiltPackage.BotId, "--host", BuiltPackage.Host, "--out", zip, "--no-schema", "--terms-url", BuiltPackage.TermsUrl);

        Assert.Equal(1, exitCode);
        Assert.Contains("--privacy-url is required", errors, StringComparison.Ordinal);
        Assert.False(File.Exists(zip));
    }

    [Fact]
    public async Task AnAppIdFileKeepsTheSameTeamsAppIdAcrossBuilds()
    {
        var idFile = Path.Combine(folder.FullName, "ops", "teams-app-id");
        string[] common = ["--bot-id", BuiltPackage.BotId, "--host", BuiltPackage.Host, "--no-schema", "--app-id-file", idFile, "--privacy-url", BuiltPackage.PrivacyUrl, "--terms-url", BuiltPackage.TermsUrl];

        var first = await RunAsync([.. common, "--out", Path.Combine(folder.FullName, "1.zip")]);
        var second = await RunAsync([.. common, "--out", Path.Combine(folder.FullName, "2.zip"), "--version", "1.0.1"]);

        Assert.True(first.ExitCode == 0 && second.ExitCode == 0, first.Errors + second.Errors);
        var id = File.ReadAllText(idFile).Trim();
        Assert.True(Guid.TryParseExact(id, "D", out _), id);
        Assert.Contains($"New Teams app ID {id} written to", first.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("New Teams app ID", second.Output, StringComparison.Ordinal);
        Assert.Equal([id, id], new[] { "1.zip", "2.zip" }.Select(z => ManifestId(Path.Combine(folder.FullName, z))));
    }

    private static string? ManifestId(string zip)
    {
        using var archive = ZipFile.OpenRead(zip);
        using var stream = archive.GetEntry("manifest.json")!.Open();
        return (string?)JsonNode.Parse(stream)!["id"];
    }

    private Task<(int ExitCode, string Output, string Errors)> RunAsync(params string[] args) =>
        RunAsync(new Dictionary<string, string>(), args);

    private async Task<(int ExitCode, string Output, string Errors)> RunAsync(Dictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = folder.FullName,
        };
        foreach (var name in new[] { "TEAMS_APP_ID", "BOT_ID", "TEAMS_APP_VERSION" }) start.Environment.Remove(name);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "teams-packager.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await errors);
    }
}
