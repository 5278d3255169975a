using System.Runtime.InteropServices;

namespace ChatAssistant.Bot.KnowledgeHost;

/// <summary>
/// Gives the C allocator's free memory back to the system. The JIT compiles in native memory: compiling the rule
/// patterns and the first answers took about 65 MB of it at start-up (heaptrack), which glibc kept as free pages
/// in its arenas, about a third of the bot's working set for the rest of its life. Only on Linux with glibc;
/// elsewhere it does nothing.
/// </summary>
internal static class NativeHeap
{
    public static bool Trim()
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            return malloc_trim(0) != 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // musl (Alpine) has no malloc_trim; its allocator returns memory by itself.
            return false;
        }
    }

    // DllImport rather than LibraryImport, whose generated stub needs unsafe code: plain integers need no marshalling.
#pragma warning disable SYSLIB1054, CA5392
    [DllImport("libc", EntryPoint = "malloc_trim", ExactSpelling = true)]
    private static extern int malloc_trim(nuint pad);
#pragma warning restore SYSLIB1054, CA5392
}
