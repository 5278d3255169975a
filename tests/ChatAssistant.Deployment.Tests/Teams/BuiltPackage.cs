using System.IO.Compression;
using System.Text.Json.Nodes;
using ChatAssistant.TeamsPackager;

namespace ChatAssistant.Deployment.Tests.Teams;

/// <summary>One package built by the packager's own code, as scripts/package-teams-app.sh builds it, shared by the tests.</summary>
public sealed class BuiltPackage : IAsyncLifetime
{
    public const string AppId = "3f1b2c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
    public const string BotId = "9a8b7c6d-5e4f-4321-8fed-cba987654321";
    public const string PrivacyUrl = "https://www.varam.gov.lv/chatassistant/privacy";
    public const string TermsUrl = "https://www.varam.gov.lv/chatassistant/terms";
    public const string Host = "chatassistant-bot.azurewebsites.net";

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("teams-package-test-");

    public string ZipPath => Path.Combine(folder.FullName, "ChatAssistant.zip");
    public IReadOnlyList<string> ReportedEntries { get; private set; } = [];
    public Dictionary<string, byte[]> Entries { get; } = [];

    public static string TemplateFolder => Path.Combine(AppContext.BaseDirectory, "teams");

    public static string SchemaPath => ManifestSchema.BesideTool();

    public static PackageSettings Settings(string outputZip) => new()
    {
        AppId = AppId,
        BotId = BotId,
        Host = Host,
        OutputZip = outputZip,
        Version = "2.3.4",
        ShortName = "Asistents",
        PrivacyUrl = PrivacyUrl,
        TermsOfUseUrl = TermsUrl,
        TemplateFolder = TemplateFolder,
        SchemaPath = SchemaPath,
    };

    public JsonObject Json(string entry) => (JsonObject)JsonNode.Parse(Entries[entry])!;

    public async Task InitializeAsync()
    {
        ReportedEntries = await TeamsPackageBuilder.BuildAsync(Settings(ZipPath));
        using var zip = ZipFile.OpenRead(ZipPath);
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            Entries[entry.FullName] = copy.ToArray();
        }
    }

    public Task DisposeAsync()
    {
        folder.Delete(recursive: true);
        return Task.CompletedTask;
    }
}
