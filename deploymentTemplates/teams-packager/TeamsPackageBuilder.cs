using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatAssistant.TeamsPackager;

/// <summary>The package could not be built; each problem says what to change.</summary>
public sealed class PackageException(IReadOnlyList<string> problems)
    : Exception("The Teams app package was not built:" + Environment.NewLine + string.Join(Environment.NewLine, problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}

/// <summary>
/// Builds the Teams app package: the filled-in manifest, its localization files and the two icons rendered from the
/// one SVG source, flat at the root of a zip as Teams requires. Nothing is written unless every check passes.
/// </summary>
public static class TeamsPackageBuilder
{
    public const string ManifestFile = "manifest.json";
    public const string IconSource = "icon.svg";
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Builds the zip at <see cref="PackageSettings.OutputZip"/> and returns its entry names.</summary>
    public static async Task<IReadOnlyList<string>> BuildAsync(PackageSettings settings)
    {
        var problems = settings.Problems().ToList();
        if (problems.Count > 0) throw new PackageException(problems);

        var manifest = LoadObject(Path.Combine(settings.TemplateFolder, ManifestFile));
        var localizations = LocalizationFiles(manifest).ToDictionary(f => f, f => LoadObject(Path.Combine(settings.TemplateFolder, f)));
        ManifestTemplate.Fill(manifest, localizations.Values, settings);
        problems.AddRange(settings.LinkProblems((string?)manifest["developer"]?["websiteUrl"] ?? ""));

        foreach (var (file, strings) in localizations) problems.AddRange(LocalizationCheck.Problems(manifest, strings, file));
        var manifestJson = manifest.ToJsonString(Indented);
        if (settings.SchemaPath is { } schemaPath)
            problems.AddRange((await ManifestSchema.ViolationsAsync(schemaPath, manifestJson)).Select(v => $"{ManifestFile}: {v}"));
        if (problems.Count > 0) throw new PackageException(problems);

        var work = Directory.CreateTempSubdirectory("teams-package-");
        try
        {
            var colorFile = (string)manifest["icons"]!["color"]!;
            var outlineFile = (string)manifest["icons"]!["outline"]!;
            var renderer = new IconRenderer(settings.RsvgConvert);
            var source = Path.Combine(settings.TemplateFolder, IconSource);
            await renderer.RenderColorAsync(source, Path.Combine(work.FullName, colorFile));
            await renderer.RenderOutlineAsync(source, Path.Combine(work.FullName, outlineFile));
            problems.AddRange(SizeProblems(Path.Combine(work.FullName, colorFile), IconRenderer.ColorSize));
            problems.AddRange(SizeProblems(Path.Combine(work.FullName, outlineFile), IconRenderer.OutlineSize));
            if (problems.Count > 0) throw new PackageException(problems);

            var entries = new Dictionary<string, byte[]> { [ManifestFile] = System.Text.Encoding.UTF8.GetBytes(manifestJson) };
            foreach (var (file, strings) in localizations) entries[file] = System.Text.Encoding.UTF8.GetBytes(strings.ToJsonString(Indented));
            entries[colorFile] = await File.ReadAllBytesAsync(Path.Combine(work.FullName, colorFile));
            entries[outlineFile] = await File.ReadAllBytesAsync(Path.Combine(work.FullName, outlineFile));
            WriteZip(settings.OutputZip, entries);
            return [.. entries.Keys];
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static IEnumerable<string> LocalizationFiles(JsonObject manifest) =>
        (manifest["localizationInfo"]?["additionalLanguages"] as JsonArray ?? [])
            .Select(language => (string?)language?["file"])
            .Where(file => file is not null)
            .Select(file => file!);

    private static IEnumerable<string> SizeProblems(string png, int size)
    {
        var (width, height) = PngHeader.Size(png);
        if (width != size || height != size) yield return $"{Path.GetFileName(png)} is {width}x{height}, not {size}x{size}";
    }

    private static void WriteZip(string path, Dictionary<string, byte[]> entries)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.Delete(path);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (name, bytes) in entries)
        {
            using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
            stream.Write(bytes);
        }
    }

    private static JsonObject LoadObject(string path) =>
        JsonNode.Parse(File.ReadAllText(path)) as JsonObject ?? throw new InvalidDataException($"{path} is not a JSON object.");
}
