using ChatAssistant.Knowledge.Answers;
using ChatAssistant.Knowledge.Search;

namespace ChatAssistant.Knowledge.Tests.Search;

public class KnowledgeIndexReloadTests
{
    private const string Question = "kas izstrada normativos aktus konkretam pakalpojumam";

    [Fact]
    public void ReloadServesEditedContentWithoutRestart()
    {
        var folder = TestPaths.CopyContent(TestPaths.RealContent);
        using var index = new KnowledgeIndex(folder);
        var engine = new AnswerEngine(index);
        Assert.DoesNotContain("ZREDAKTORS", engine.Ask(Question).Direct);

        var card = Path.Combine(folder, "cards", "PU2-6.yaml");
        File.WriteAllText(card, File.ReadAllText(card).Replace("Izstrādā jaunus ar konkrēta pakalpojuma", "ZZREDAKTORS izstrādā jaunus ar konkrēta pakalpojuma"));

        Assert.Empty(index.Reload());
        Assert.Equal(2, index.Version);
        Assert.Contains("ZREDAKTORS", engine.Ask(Question).Direct);
    }

    [Fact]
    public void InvalidEditKeepsTheOldIndexServing()
    {
        var folder = TestPaths.CopyContent(TestPaths.RealContent);
        using var index = new KnowledgeIndex(folder);
        var engine = new AnswerEngine(index);
        File.AppendAllText(Path.Combine(folder, "glossary.yaml"), "\n  broken: [\n");

        var errors = index.Reload();

        Assert.NotEmpty(errors);
        Assert.Equal(1, index.Version);
        Assert.Equal(AnswerStatus.Answered, engine.Ask(Question).Status);
    }

    [Fact]
    public async Task AnswersNeverFailWhileTheIndexIsRebuilt()
    {
        var folder = TestPaths.CopyContent(TestPaths.RealContent);
        using var index = new KnowledgeIndex(folder);
        var engine = new AnswerEngine(index);
        using var stop = new CancellationTokenSource();

        var answered = new int[2];
        var askers = Enumerable.Range(0, answered.Length).Select(n => Task.Factory.StartNew(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                var answer = engine.Ask(Question);
                Assert.Equal("PU2-6:duty:service-owner.develop", answer.UnitId);
                Interlocked.Increment(ref answered[n]);
            }
            return Volatile.Read(ref answered[n]);
        }, TaskCreationOptions.LongRunning)).ToList();
        SpinWait.SpinUntil(() => answered.All(a => Volatile.Read(ref a) > 0), TimeSpan.FromSeconds(10));

        for (var i = 0; i < 10; i++) Assert.Empty(index.Reload());
        await stop.CancelAsync();
        var counts = await Task.WhenAll(askers);

        Assert.Equal(11, index.Version);
        Assert.All(counts, c => Assert.True(c > 0));
    }

    [Fact]
    public void ASnapshotReplacedByAReloadStaysOpenUntilTheLastSearchOnItEnds()
    {
        var folder = TestPaths.CopyContent(TestPaths.RealContent);
        using var index = new KnowledgeIndex(folder);
        var search = index.Acquire();
        var old = search.Snapshot;

        Assert.Empty(index.Reload());
        Assert.NotSame(old, index.Current);
        Assert.True(old.IsOpen); // a search is still running on it

        search.Dispose();
        Assert.False(old.IsOpen);
        Assert.True(index.Current.IsOpen);
    }

    [Fact]
    public void ASnapshotNobodyIsSearchingIsClosedByTheReload()
    {
        var folder = TestPaths.CopyContent(TestPaths.RealContent);
        using var index = new KnowledgeIndex(folder);
        var engine = new AnswerEngine(index);
        var old = index.Current;
        Assert.Equal(AnswerStatus.Answered, engine.Ask(Question).Status); // a search that has ended

        Assert.Empty(index.Reload());

        Assert.False(old.IsOpen);
        Assert.Equal(AnswerStatus.Answered, engine.Ask(Question).Status);
    }
}
