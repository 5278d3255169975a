namespace ChatAssistant.Bot.Tests.TestSupport;

/// <summary>
/// One temporary folder per test run for databases and content copies, removed when the run ends, so that runs do not
/// pile files up in the temp directory.
/// </summary>
internal static class TestFolders
{
    public static string Run { get; } = Create();

    /// <summary>A new, empty folder inside this run's folder.</summary>
    public static string New(string prefix)
    {
        var folder = Path.Combine(Run, prefix + "-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>A copy of the repository's content folder, for a test that edits content while the bot runs.</summary>
    public static string CopyOfContent()
    {
        var source = ChatAssistant.Knowledge.Loading.ContentLocator.Resolve(null);
        var content = New("content");
        foreach (var file in Directory.GetFiles(source, "*.yaml", SearchOption.AllDirectories))
        {
            var target = Path.Combine(content, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return content;
    }

    private static string Create()
    {
        var run = Directory.CreateTempSubdirectory("chatassistant-tests-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            // Pooled SQLite connections keep their files open until the pool lets them go.
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(run, recursive: true);
            }
            catch (IOException)
            {
                // A bot process started by a test may still be closing; the OS cleans the temp directory eventually.
            }
            catch (UnauthorizedAccessException)
            {
            }
        };
        return run;
    }
}
