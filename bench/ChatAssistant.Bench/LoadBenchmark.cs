using ChatAssistant.Knowledge.Evaluation;
using ChatAssistant.Knowledge.Loading;

namespace ChatAssistant.Bench;

/// <summary>
/// --load: HTTP turns per second and latency of our bot against the bare SDK echo bot, both real Kestrel processes
/// on loopback, answering the evaluation questions (Latvian and English). Targets: at least 60% of the echo bot's
/// throughput, p99 under 15 ms, no errors.
/// </summary>
internal static class LoadBenchmark
{
    public static async Task RunAsync(string evalSet, IReadOnlyList<string> args)
    {
        var workers = Option(args, "--workers", 16);
        var seconds = Option(args, "--seconds", 15);
        var warmUp = Option(args, "--warmup", 5);
        // --text sends one fixed text instead of the evaluation questions: "help" (no search) against a question shows
        // what the answer engine costs per turn.
        var fixedText = args.ToList().IndexOf("--text") is var ti and >= 0 && ti + 1 < args.Count ? args[ti + 1] : null;
        var questions = fixedText is not null ? [fixedText] : EvalSetReader.Read(evalSet).Select(q => q.Question).ToList();
        var root = RepositoryRoot.Find();
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}") ? "Debug" : "Release";
        Console.WriteLine($"load: {workers} workers, {warmUp} s warm-up + {seconds} s measured per bot, {questions.Count} questions, {Environment.ProcessorCount} cores, {configuration} build");

        var only = args.ToList().IndexOf("--only") is var o and >= 0 && o + 1 < args.Count ? args[o + 1] : null;
        var dataFolder = Environment.GetEnvironmentVariable("BENCH_DATA_DIR") ?? Path.GetTempPath();
        var echo = only == "ours" ? null : await MeasureAsync("echo bot (bare SDK)", Path.Combine(root, "bench", "ChatAssistant.EchoBot", "bin", configuration, "net10.0", "ChatAssistant.EchoBot.dll"),
            new Dictionary<string, string>(), questions, workers, seconds, warmUp);
        var database = Path.Combine(dataFolder, "chatassistant-load-" + Guid.NewGuid().ToString("N") + ".db");
        var ours = only == "echo" ? null : await MeasureAsync("ChatAssistant", Path.Combine(root, "bot", "bin", configuration, "net10.0", "ChatAssistant.Bot.dll"),
            new Dictionary<string, string>
            {
                ["Storage__SqlitePath"] = database,
                ["Knowledge__ContentPath"] = ContentLocator.Resolve(null),
                ["Knowledge__WatchForChanges"] = "false",
                // The limiter stays in the path, raised so that 16 users sending as fast as they can are not refused.
                ["RateLimit__BurstLimit"] = "1000000",
                ["RateLimit__TurnsPerMinute"] = "100000000",
            }, questions, workers, seconds, warmUp);

        if (echo is null || ours is null) return;
        Console.WriteLine();
        Console.WriteLine($"{"bot",-22} {"turns/s",9} {"p50 ms",8} {"p99 ms",8} {"max ms",8} {"errors",7} {"turns",8} {"memory MiB",11} {"CPU ms/turn",12}");
        foreach (var r in new[] { echo, ours })
        {
            Console.WriteLine($"{r.Name,-22} {r.TurnsPerSecond,9:0} {r.P50,8:0.00} {r.P99,8:0.00} {r.Max,8:0.0} {r.Errors,7} {r.Turns,8} {r.WorkingSetMiB,11:0} {r.CpuMsPerTurn,12:0.000}");
        }
        var ratio = ours.TurnsPerSecond / echo.TurnsPerSecond;
        Console.WriteLine();
        Console.WriteLine($"throughput ratio ours/echo: {ratio:P0} (target >= 60%): {(ratio >= 0.6 ? "met" : "MISSED")}");
        var cpuRatio = echo.CpuMsPerTurn / ours.CpuMsPerTurn;
        Console.WriteLine($"CPU cost ratio echo/ours per turn: {cpuRatio:P0} (the throughput ratio a dedicated machine would show)");
        Console.WriteLine($"our p99: {ours.P99:0.00} ms (target < 15 ms): {(ours.P99 < 15 ? "met" : "MISSED")}");
        Console.WriteLine($"errors: {ours.Errors + echo.Errors} (target 0): {(ours.Errors + echo.Errors == 0 ? "met" : "MISSED")}");
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(database + suffix);
    }

    private static async Task<LoadResult> MeasureAsync(string name, string assembly, Dictionary<string, string> environment, IReadOnlyList<string> questions, int workers, int seconds, int warmUp)
    {
        using var server = await BotServer.StartAsync(assembly, environment);
        if (warmUp > 0) await LoadRun.RunAsync(name, server, questions, workers, TimeSpan.FromSeconds(warmUp));
        var result = await LoadRun.RunAsync(name, server, questions, workers, TimeSpan.FromSeconds(seconds));
        Console.WriteLine($"  {name}: {result.TurnsPerSecond:0} turns/s, p50 {result.P50:0.00} ms, p99 {result.P99:0.00} ms, {result.Errors} errors, {result.CpuMsPerTurn:0.000} CPU ms per turn");
        return result;
    }

    private static int Option(IReadOnlyList<string> args, string name, int fallback)
    {
        var i = args.ToList().IndexOf(name);
        return i >= 0 && i + 1 < args.Count && int.TryParse(args[i + 1], out var value) ? value : fallback;
    }
}
