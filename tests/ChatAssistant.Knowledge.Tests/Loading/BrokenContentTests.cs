using ChatAssistant.Knowledge.Loading;

namespace ChatAssistant.Knowledge.Tests.Loading;

public class BrokenContentTests
{
    public static TheoryData<string> Cases() => new(Directory.GetDirectories(TestPaths.TestData("broken")).Select(Path.GetFileName)!);

    [Fact]
    public void MinimalContentIsValid()
    {
        var (knowledge, errors) = KnowledgeLoader.Validate(TestPaths.TestData("minimal"));
        Assert.Empty(errors);
        Assert.NotNull(knowledge);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void EachBreakageIsReportedWithFileLineAndPath(string breakage)
    {
        var folder = TestPaths.CopyContent(TestPaths.TestData("minimal"), TestPaths.TestData("broken", breakage));
        var expected = File.ReadAllLines(TestPaths.TestData("broken", breakage, "expected-error.txt")).Where(l => l.Length > 0).ToList();

        var (knowledge, errors) = KnowledgeLoader.Validate(folder);

        Assert.Null(knowledge);
        var messages = errors.Select(e => e.ToString().Replace('\\', '/')).ToList();
        Assert.Contains(messages, m => expected.All(m.Contains));
        Assert.All(errors, e => Assert.True(e.Line > 0, $"no line number in: {e}"));
    }

    [Fact]
    public void InvalidContentRefusesToLoad()
    {
        var folder = TestPaths.CopyContent(TestPaths.TestData("minimal"), TestPaths.TestData("broken", "unknown-role"));
        var failure = Assert.Throws<InvalidContentException>(() => KnowledgeLoader.Load(folder));
        Assert.Contains("unknown role 'service-ownr'", failure.Message);
    }

    [Fact]
    public void EveryErrorIsReportedAtOnce()
    {
        var folder = TestPaths.CopyContent(TestPaths.TestData("minimal"), TestPaths.TestData("broken", "unknown-role"), TestPaths.TestData("broken", "unknown-task"));
        File.Copy(TestPaths.TestData("broken", "missing-field", "glossary.yaml"), Path.Combine(folder, "glossary.yaml"), overwrite: true);

        var (_, errors) = KnowledgeLoader.Validate(folder);

        Assert.Contains(errors, e => e.Message.Contains("unknown role"));
        Assert.Contains(errors, e => e.Message.Contains("unknown task"));
        Assert.Contains(errors, e => e.Path.EndsWith("holder", StringComparison.Ordinal));
    }

    [Fact]
    public void MissingContentFolderIsAnError()
    {
        var (knowledge, errors) = KnowledgeLoader.Validate(Path.Combine(Path.GetTempPath(), "no-such-folder-" + Guid.NewGuid()));
        Assert.Null(knowledge);
        Assert.Single(errors);
    }
}
