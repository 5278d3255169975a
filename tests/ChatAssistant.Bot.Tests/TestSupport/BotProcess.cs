using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using ChatAssistant.Knowledge.Loading;

namespace ChatAssistant.Bot.Tests.TestSupport;

/// <summary>
/// The built bot as its own process on a free loopback port. Needed where the environment must be set before the
/// process starts (the TLS trust store is read once, at start-up). Its console output is kept for failure messages.
/// </summary>
internal sealed class BotProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartBound = TimeSpan.FromSeconds(60);
    private readonly Process process;
    private readonly StringBuilder output = new();

    private BotProcess(Process process, string baseUrl)
    {
        this.process = process;
        BaseUrl = baseUrl;
        process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
    }

    public string BaseUrl { get; }

    public string Output { get { lock (output) return output.ToString(); } }

    /// <summary>Starts the bot with <paramref name="environment"/> (a null value removes the variable) and waits for /healthz.</summary>
    public static async Task<BotProcess> StartAsync(IReadOnlyDictionary<string, string?> environment)
    {
        var port = FreePort();
        var baseUrl = $"http://127.0.0.1:{port}";
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ChatAssistant.Bot.dll"));
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add(baseUrl);
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Storage__SqlitePath"] = TestBot.TempDatabase();
        info.Environment["Knowledge__ContentPath"] = ContentLocator.Resolve(null);
        info.Environment["Knowledge__WatchForChanges"] = "false";
        info.Environment["OTEL_EXPORTER_OTLP_ENDPOINT"] = null;
        foreach (var (name, value) in environment) info.Environment[name] = value;

        var bot = new BotProcess(Process.Start(info)!, baseUrl);
        bot.process.BeginOutputReadLine();
        bot.process.BeginErrorReadLine();
        await bot.WaitUntilHealthyAsync();
        return bot;
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + StartBound;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                await process.WaitForExitAsync(); // drains the redirected output, so the message carries the cause
                throw new InvalidOperationException("The bot process exited during start-up:\n" + Output);
            }
            try
            {
                if ((await client.GetAsync(BaseUrl + "/healthz")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(200);
        }
        throw new TimeoutException("The bot process did not become healthy:\n" + Output);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Kills the process with SIGKILL, as a crash or an out-of-memory kill would: no shutdown code runs.</summary>
    public async Task KillAsync()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
    }
}
