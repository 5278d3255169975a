namespace ChatAssistant.Bench;

internal static class RepositoryRoot
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ChatAssistant.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Run from inside the repository.");
    }
}
