using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace ChatAssistant.Bench;

/// <summary>The figures of one load run against one bot.</summary>
internal sealed record LoadResult(string Name, int Turns, int Errors, double Seconds, double P50, double P99, double Max, double WorkingSetMiB, double ServerCpuMs)
{
    /// <summary>CPU time the bot process spent per turn: unlike wall-clock figures, barely moved by other load on the machine.</summary>
    public double CpuMsPerTurn => Turns == 0 ? 0 : ServerCpuMs / Turns;

    public double TurnsPerSecond => Turns / Seconds;
}

/// <summary>
/// N concurrent workers, each posting one activity after another (deliveryMode expectReplies, so the replies come
/// back in the response body) for a fixed time. Every worker is one user in one conversation, asking the questions
/// in turn. A non-200 response or a reply without an attachment is an error.
/// </summary>
internal static class LoadRun
{
    public static Task<LoadResult> RunAsync(string name, BotServer server, IReadOnlyList<string> questions, int workers, TimeSpan duration) =>
        RunAsync(name, server, worker => i => questions[i % questions.Count], workers, duration);

    /// <summary><paramref name="questionsOf"/> gives each worker its own sequence: the i-th text worker w sends.</summary>
    public static async Task<LoadResult> RunAsync(string name, BotServer server, Func<int, Func<int, string>> questionsOf, int workers, TimeSpan duration)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = workers, PooledConnectionLifetime = Timeout.InfiniteTimeSpan, UseProxy = false };
        using var client = new HttpClient(handler) { BaseAddress = new Uri(server.BaseUrl), Timeout = TimeSpan.FromSeconds(30) };
        var latencies = new List<double>[workers];
        var errors = new int[workers];
        var stop = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var started = Stopwatch.GetTimestamp();
        var cpuBefore = server.CpuTime;
        var memory = 0.0;
        var sampler = Task.Run(async () =>
        {
            while (Stopwatch.GetTimestamp() < stop)
            {
                memory = Math.Max(memory, server.WorkingSetMiB);
                await Task.Delay(500);
            }
        });
        await Task.WhenAll(Enumerable.Range(0, workers).Select(w => Task.Run(async () =>
        {
            var mine = latencies[w] = new List<double>(64 * 1024);
            var question = questionsOf(w);
            for (var i = w; Stopwatch.GetTimestamp() < stop; i++)
            {
                var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Activity(question(i), w, i).ToJsonString()));
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                var t = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.PostAsync("/api/messages", content);
                    var body = await response.Content.ReadAsStringAsync();
                    mine.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
                    if (!response.IsSuccessStatusCode || !body.Contains("application/vnd.microsoft.card.adaptive", StringComparison.Ordinal)) errors[w]++;
                }
                catch (HttpRequestException)
                {
                    errors[w]++;
                }
            }
        })));
        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var cpu = (server.CpuTime - cpuBefore).TotalMilliseconds;
        await sampler;
        var all = latencies.SelectMany(l => l).Order().ToList();
        return new LoadResult(name, all.Count, errors.Sum(), elapsed, Percentile(all, 0.50), Percentile(all, 0.99), all.Count == 0 ? 0 : all[^1], memory, cpu);
    }

    private static JsonObject Activity(string text, int worker, int index) => new()
    {
        ["type"] = "message",
        ["id"] = $"bench-{worker}-{index}",
        ["channelId"] = "msteams",
        ["serviceUrl"] = "http://127.0.0.1:1/",
        ["deliveryMode"] = "expectReplies",
        ["text"] = text,
        ["locale"] = "lv-LV",
        ["from"] = new JsonObject { ["id"] = $"bench-user-{worker}", ["name"] = "Bench" },
        ["recipient"] = new JsonObject { ["id"] = "bot", ["name"] = "ChatAssistant" },
        ["conversation"] = new JsonObject { ["id"] = $"bench-conversation-{worker}", ["conversationType"] = "personal" },
    };

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
