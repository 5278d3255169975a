using System.Diagnostics;
using System.Runtime.InteropServices;
using ChatAssistant.Bot.KnowledgeHost;

namespace ChatAssistant.Bot.Tests.KnowledgeHost;

/// <summary>Free native memory the C allocator keeps is given back to the system (Linux with glibc).</summary>
public class NativeHeapTests
{
    private const int Block = 64 * 1024;   // under glibc's mmap threshold: served from the heap, kept there when freed
    private const int Blocks = 2048;       // 128 MiB

    [Fact]
    public void TrimmingGivesFreedHeapPagesBack()
    {
        if (!OperatingSystem.IsLinux()) return;
        var filler = new byte[Block];
        Array.Fill(filler, (byte)1);
        var blocks = new IntPtr[Blocks];
        var guards = new IntPtr[Blocks];
        for (var i = 0; i < Blocks; i++)
        {
            blocks[i] = Marshal.AllocHGlobal(Block);
            Marshal.Copy(filler, 0, blocks[i], Block);
            // A small block after each big one keeps the freed space inside the heap, where only a trim releases it.
            guards[i] = Marshal.AllocHGlobal(16);
        }
        foreach (var block in blocks) Marshal.FreeHGlobal(block);
        var before = ResidentMiB();

        Assert.True(NativeHeap.Trim());
        var after = ResidentMiB();

        foreach (var guard in guards) Marshal.FreeHGlobal(guard);
        Assert.True(before - after >= 64, $"resident {before:0} MiB before the trim, {after:0} MiB after");
    }

    private static double ResidentMiB()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64 / 1024.0 / 1024.0;
    }
}
