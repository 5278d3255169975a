namespace ChatAssistant.Knowledge.Loading;

/// <summary>
/// Finds the content folder when none is configured: the repository's <c>knowledge/content</c> above the working
/// directory or the program (so editors' changes are picked up live), else the copy shipped beside the program.
/// </summary>
public static class ContentLocator
{
    public const string ShippedFolder = "content";

    public static string Resolve(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured)) return Path.GetFullPath(configured);
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "knowledge", "content");
                if (File.Exists(Path.Combine(candidate, KnowledgeLoader.GlossaryFile))) return candidate;
            }
        }
        return Path.Combine(AppContext.BaseDirectory, ShippedFolder);
    }
}
