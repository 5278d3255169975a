namespace ChatAssistant.TeamsPackager;

/// <summary>Validates a manifest against the Teams manifest JSON schema (draft-04, which NJsonSchema reads).</summary>
public static class ManifestSchema
{
    /// <summary>The schema's path beside the tool, as the build copies it from deploymentTemplates/schemas/.</summary>
    public const string RelativePath = "schemas/teams-manifest-1.29.schema.json";

    /// <summary>The violations as "path: kind"; empty when the manifest is valid.</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(string schemaPath, string manifestJson)
    {
        var schema = await NJsonSchema.JsonSchema.FromFileAsync(schemaPath);
        return schema.Validate(manifestJson).Select(Describe).ToList();
    }

    /// <summary>The vendored schema that ships beside the tool; the tool finds it relative to itself, wherever it runs from.</summary>
    public static string BesideTool()
    {
        var path = Path.Combine(AppContext.BaseDirectory, RelativePath);
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"The manifest schema is missing beside the tool ({path}); rebuild the packager, or pass --schema FILE or --no-schema.", path);
    }

    private static string Describe(NJsonSchema.Validation.ValidationError error) =>
        error is NJsonSchema.Validation.ChildSchemaValidationError child
            ? $"{error.Path}: {error.Kind} ({string.Join("; ", child.Errors.SelectMany(e => e.Value).Select(Describe))})"
            : $"{error.Path}: {error.Kind}";
}
