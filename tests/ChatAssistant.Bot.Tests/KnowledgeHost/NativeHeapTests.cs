using System.Globalization;
using System.Runtime.InteropServices;
using ChatAssistant.Bot.KnowledgeHost;

namespace ChatAssistant.Bot.Tests.KnowledgeHost;

/// <summary>
/// Free native memory the C allocator keeps is given back to the system (Linux with glibc). Run alone: every bot host
/// another test starts trims the whole process at start-up, which would release the blocks before this test's trim.
/// </summary>
[Collection(nameof(NativeHeapTests))]
public class NativeHeapTests
{
    private const int Block = 64 * 1024;   // under glibc's mmap threshold: served from the heap, kept there when freed
    private const int Blocks = 2048;       // 128 MiB
    private const int Guard = 4096;

    [Fact]
    public void TrimmingGivesFreedHeapPagesBack()
    {
        if (!OperatingSystem.IsLinux()) return;
        // glibc gives a heap's free top back on its own when it passes the trim threshold, which on a CI run released
        // half of the blocks before the trim (64 MiB resident instead of 128). Raised for this test, so that only the
        // trim under test gives pages back; set back to glibc's default afterwards.
        Assert.Equal(1, mallopt(TrimThreshold, int.MaxValue));
        try
        {
            // On a thread of its own, which glibc gives an arena of its own: the blocks lie one after the other, not
            // between allocations that the test host's other threads make and free meanwhile.
            Exception? failure = null;
            var thread = new Thread(() =>
            {
                try { Measure(); }
                catch (Exception e) { failure = e; }
            });
            thread.Start();
            thread.Join();
            if (failure is not null) throw failure;
        }
        finally
        {
            Assert.Equal(1, mallopt(TrimThreshold, DefaultTrimThreshold));
        }
    }

    private const int TrimThreshold = -1;           // M_TRIM_THRESHOLD in malloc.h
    private const int DefaultTrimThreshold = 128 * 1024;

    [DllImport("libc", EntryPoint = "mallopt")]
    private static extern int mallopt(int param, int value);

    private static void Measure()
    {
        var filler = new byte[Block];
        Array.Fill(filler, (byte)1);
        var blocks = new IntPtr[Blocks];
        var guards = new IntPtr[Blocks];
        for (var i = 0; i < Blocks; i++)
        {
            blocks[i] = Marshal.AllocHGlobal(Block);
            Marshal.Copy(filler, 0, blocks[i], Block);
            // A block after each big one keeps the freed space inside the heap, where only a trim releases it. Larger than
            // glibc's per-thread cache and fast bins serve, so it is cut from the heap right after the big block.
            guards[i] = Marshal.AllocHGlobal(Guard);
        }
        var addresses = blocks.Select(b => (ulong)b.ToInt64()).ToArray();
        foreach (var block in blocks) Marshal.FreeHGlobal(block);
        // Resident memory of the mappings that held the blocks only: other tests running meanwhile do not count.
        var before = ResidentMiBOf(addresses);

        Assert.True(NativeHeap.Trim());
        var after = ResidentMiBOf(addresses);

        foreach (var guard in guards) Marshal.FreeHGlobal(guard);
        Assert.True(before - after >= 64, $"resident {before:0} MiB in the blocks' mappings before the trim, {after:0} MiB after");
    }

    private static double ResidentMiBOf(ulong[] addresses)
    {
        var kib = 0L;
        var holds = false;
        foreach (var line in File.ReadLines("/proc/self/smaps"))
        {
            var dash = line.IndexOf('-', StringComparison.Ordinal);
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            if (dash > 0 && space > dash && ulong.TryParse(line.AsSpan(0, dash), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var start)
                && ulong.TryParse(line.AsSpan(dash + 1, space - dash - 1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var end))
            {
                holds = addresses.Any(a => a >= start && a < end);
            }
            else if (holds && line.StartsWith("Rss:", StringComparison.Ordinal))
            {
                kib += long.Parse(line.AsSpan(4).Trim().ToString().Split(' ')[0], CultureInfo.InvariantCulture);
            }
        }
        return kib / 1024.0;
    }
}

[CollectionDefinition(nameof(NativeHeapTests), DisableParallelization = true)]
public sealed class NativeHeapCollection;
