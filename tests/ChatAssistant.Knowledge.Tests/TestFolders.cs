namespace ChatAssistant.Knowledge.Tests;

/// <summary>One temporary folder per test run for content copies, removed when the run ends.</summary>
internal static class TestFolders
{
    public static string Run { get; } = Create();

    private static string Create()
    {
        var run = Directory.CreateTempSubdirectory("chatassistant-knowledge-tests-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(run, recursive: true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        };
        return run;
    }
}
