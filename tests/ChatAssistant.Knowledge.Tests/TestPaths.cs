using ChatAssistant.Knowledge.Loading;

namespace ChatAssistant.Knowledge.Tests;

/// <summary>Where the real content and the test data are, and a throw-away copy of a content folder.</summary>
internal static class TestPaths
{
    public static string RealContent { get; } = ContentLocator.Resolve(null);
    public static string TestData(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "TestData", .. parts]);

    /// <summary>Copies a content folder to a fresh temporary folder, then lays the overlays' files over it.</summary>
    public static string CopyContent(string source, params string[] overlays)
    {
        var target = Path.Combine(TestFolders.Run, "content-" + Guid.NewGuid().ToString("N"));
        CopyTree(source, target);
        foreach (var overlay in overlays) CopyTree(overlay, target);
        return target;
    }

    private static void CopyTree(string source, string target)
    {
        foreach (var file in Directory.GetFiles(source, "*.yaml", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination, overwrite: true);
        }
    }
}
