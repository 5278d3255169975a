using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ChatAssistant.Bot.Tests.TestSupport;

/// <summary>
/// The Azurite storage server the Azure store tests run against. scripts/test.sh starts one and passes its connection
/// string in AZURITE_CONNECTION_STRING; without it (a run from the IDE or plain dotnet test) the first test that needs
/// it starts tests/azurite's own copy, in memory, on free ports, for the rest of the run. It never skips: when Azurite
/// cannot be had, the tests that need it fail and say how to install it.
/// </summary>
internal static class Azurite
{
    public const string EnvironmentVariable = "AZURITE_CONNECTION_STRING";
    public const string Account = "devstoreaccount1";
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly System.Collections.Concurrent.ConcurrentQueue<string> Errors = new();
    private static readonly Lazy<string> Started = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } given ? given : Started.Value;

    /// <summary>A name no other test uses: valid as a blob container and as a table name.</summary>
    public static string UniqueName(string prefix) => prefix + Guid.NewGuid().ToString("N");

    private static string Start()
    {
        var server = Launch([]);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop(server.Process);
        return $"DefaultEndpointsProtocol=http;AccountName={Account};AccountKey={AccountKey};" +
               $"BlobEndpoint=http://127.0.0.1:{server.BlobPort}/{Account};QueueEndpoint=http://127.0.0.1:{server.QueuePort}/{Account};TableEndpoint=http://127.0.0.1:{server.TablePort}/{Account};";
    }

    /// <summary>A running Azurite of tests/azurite: its process and its loopback ports.</summary>
    public sealed record Server(Process Process, int BlobPort, int QueuePort, int TablePort, string Workspace) : IDisposable
    {
        public void Dispose() => Stop(Process);
    }

    /// <summary>
    /// Starts tests/azurite's Azurite in memory on free loopback ports, with <paramref name="extraArguments"/>, and
    /// waits until it listens. The caller stops it.
    /// </summary>
    public static Server Launch(IReadOnlyList<string> extraArguments)
    {
        var root = RepositoryRoot();
        var executable = Path.Combine(root, "tests", "azurite", "node_modules", ".bin", "azurite");
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException(
                $"Azurite is not installed at {executable}. Run scripts/setup.sh (or `npm ci` in tests/azurite), or set {EnvironmentVariable}.");
        }
        int blob = FreePort(), queue = FreePort(), table = FreePort();
        var workspace = TestFolders.New("azurite");
        // Through sh, so that Azurite also ends when this test process is killed: it reads our stdin, which closes then.
        var start = new ProcessStartInfo("/bin/sh")
        {
            ArgumentList =
            {
                "-c", """exec 3<&0; "$0" "$@" </dev/null & child=$!; (cat <&3 >/dev/null; kill $child 2>/dev/null) & wait $child""",
                executable, "--silent", "--inMemoryPersistence", "--skipApiVersionCheck",
                "--blobHost", "127.0.0.1", "--blobPort", Port(blob),
                "--queueHost", "127.0.0.1", "--queuePort", Port(queue),
                "--tableHost", "127.0.0.1", "--tablePort", Port(table),
            },
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workspace,
        };
        foreach (var argument in extraArguments) start.ArgumentList.Add(argument);
        var process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Errors.Enqueue(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        foreach (var port in new[] { blob, queue, table }) WaitUntilListening(process, port);
        return new Server(process, blob, queue, table, workspace);
    }

    private static void WaitUntilListening(Process process, int port)
    {
        // A readiness wait, not an assertion: Azurite needs a moment to open its ports.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                process.WaitForExit();
                throw new InvalidOperationException($"Azurite exited with code {process.ExitCode} before listening on {port}: {string.Join(" ", Errors)}");
            }
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(100);
            }
        }
        Stop(process);
        throw new InvalidOperationException($"Azurite did not listen on port {port} within 60 seconds.");
    }

    private static void Stop(Process process)
    {
        try
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string Port(int port) => port.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ChatAssistant.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"No ChatAssistant.sln above {AppContext.BaseDirectory}.");
    }
}
