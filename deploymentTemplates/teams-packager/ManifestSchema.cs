namespace ChatAssistant.TeamsPackager;

/// <summary>Validates a manifest against the Teams manifest JSON schema (draft-04, which NJsonSchema reads).</summary>
public static class ManifestSchema
{
    public const string SharedRelativePath = "shared/schemas/teams-manifest-1.29.schema.json";

    /// <summary>The violations as "path: kind"; empty when the manifest is valid.</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(string schemaPath, string manifestJson)
    {
        var schema = await NJsonSchema.JsonSchema.FromFileAsync(schemaPath);
        return schema.Validate(manifestJson).Select(Describe).ToList();
    }

    /// <summary>The shared schema in an ancestor of <paramref name="start"/> or beside one (a clone with shared/ as its sibling); null if none.</summary>
    public static string? Locate(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, SharedRelativePath), Path.Combine(dir.FullName, "..", SharedRelativePath) })
            {
                if (File.Exists(candidate)) return Path.GetFullPath(candidate);
            }
        }
        return null;
    }

    private static string Describe(NJsonSchema.Validation.ValidationError error) =>
        error is NJsonSchema.Validation.ChildSchemaValidationError child
            ? $"{error.Path}: {error.Kind} ({string.Join("; ", child.Errors.SelectMany(e => e.Value).Select(Describe))})"
            : $"{error.Path}: {error.Kind}";
}
