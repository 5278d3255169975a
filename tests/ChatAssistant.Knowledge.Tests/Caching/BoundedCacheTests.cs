using ChatAssistant.Knowledge.Caching;

namespace ChatAssistant.Knowledge.Tests.Caching;

public class BoundedCacheTests
{
    [Fact]
    public void AFullCacheStartsOverInsteadOfGrowing()
    {
        var cache = new BoundedCache<string, int>(3);
        foreach (var word in new[] { "a", "b", "c" }) cache.Add(word, word.Length);

        cache.Add("d", 1);

        Assert.Equal(1, cache.Count);
        Assert.True(cache.TryGetValue("d", out _));
        Assert.False(cache.TryGetValue("a", out _));
    }

    [Fact]
    public void GetOrAddComputesOncePerKeyAndCountsEachKeyOnce()
    {
        var cache = new BoundedCache<string, string>(10, StringComparer.Ordinal);
        var computed = 0;

        var first = cache.GetOrAdd("x", k => { computed++; return k + "!"; });
        var second = cache.GetOrAdd("x", k => { computed++; return k + "?"; });
        cache.Add("x", "other");

        Assert.Equal(("x!", "x!", 1, 1), (first, second, computed, cache.Count));
    }

    [Fact]
    public void ManyThreadsAddingNeverPassTheBound()
    {
        var cache = new BoundedCache<int, int>(100);

        Parallel.For(0, 50_000, i => cache.Add(i, i));

        Assert.InRange(cache.Count, 1, 100);
    }

    [Fact]
    public void ACapacityBelowOneIsRefused() => Assert.Throws<ArgumentOutOfRangeException>(() => new BoundedCache<int, int>(0));
}
