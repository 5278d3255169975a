using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ChatAssistant.Bench;

/// <summary>A built bot (ours or the echo baseline) as its own Kestrel process on a free loopback port.</summary>
internal sealed class BotServer : IDisposable
{
    private readonly Process process;

    private BotServer(Process process, string baseUrl)
    {
        this.process = process;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public static async Task<BotServer> StartAsync(string assembly, IReadOnlyDictionary<string, string> environment)
    {
        if (!File.Exists(assembly)) throw new FileNotFoundException("Build the solution in Release first (dotnet build -c Release ChatAssistant.sln).", assembly);
        var baseUrl = $"http://127.0.0.1:{FreePort()}";
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(assembly)!, UseShellExecute = false, RedirectStandardOutput = true };
        info.ArgumentList.Add(assembly);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add(baseUrl);
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // Both bots log warnings only: console logging per turn would measure the terminal, not the bot.
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        info.Environment["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning";
        info.Environment["MicrosoftAppId"] = "";
        foreach (var (name, value) in environment) info.Environment[name] = value;
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        var server = new BotServer(process, baseUrl);
        await server.WaitUntilHealthyAsync();
        return server;
    }

    /// <summary>Working set of the bot process, in MiB.</summary>
    public double WorkingSetMiB
    {
        get
        {
            process.Refresh();
            return process.WorkingSet64 / 1024.0 / 1024.0;
        }
    }

    public TimeSpan CpuTime
    {
        get
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        for (var i = 0; i < 300; i++)
        {
            if (process.HasExited) throw new InvalidOperationException("The bot process exited during start-up.");
            try
            {
                if ((await client.GetAsync(BaseUrl + "/healthz")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            await Task.Delay(200);
        }
        throw new TimeoutException("The bot did not become healthy within a minute.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        process.Dispose();
    }
}
