using System.Diagnostics;

namespace ChatAssistant.Knowledge.Tests.Cli;

/// <summary>The editors' tool (knowledge/cli), run as a process the way an editor runs it.</summary>
public class KnowledgeToolTests
{
    private static (int ExitCode, string Out, string Error) Run(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "knowledge.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(60_000), "the tool did not finish");
        return (process.ExitCode, output.Result, error.Result);
    }

    [Fact]
    public void ValidateAcceptsTheShippedContent()
    {
        var (exit, output, _) = Run("validate", TestPaths.RealContent);
        Assert.Equal(0, exit);
        Assert.Contains("OK", output);
        Assert.Contains("32 catalogue tasks", output);
    }

    [Fact]
    public void ValidatePrintsEveryErrorAtOnceAndFails()
    {
        var folder = TestPaths.CopyContent(TestPaths.TestData("minimal"), TestPaths.TestData("broken", "unknown-role"), TestPaths.TestData("broken", "unknown-task"));

        var (exit, _, error) = Run("validate", folder);

        Assert.Equal(1, exit);
        Assert.Contains("cards/PU2-6.yaml:", error);
        Assert.Contains("unknown role 'service-ownr'", error);
        Assert.Contains("catalogue.yaml:", error);
        Assert.Contains("2 error(s)", error);
    }

    [Fact]
    public void AskPrintsTheAnswerAndRankedHitsAsJson()
    {
        var (exit, output, _) = Run("ask", "--json", "--content", TestPaths.RealContent, "who drafts acts for a specific service?");
        Assert.Equal(0, exit);
        var answer = System.Text.Json.JsonDocument.Parse(output).RootElement;
        Assert.Equal("PU2-6:duty:service-owner.develop", answer.GetProperty("UnitId").GetString());
        Assert.True(answer.GetProperty("Hits").GetArrayLength() > 1);
        Assert.True(answer.GetProperty("Confidence").GetDouble() > 0.45);
    }
}
