using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace ChatAssistant.Bot.Tests.TestSupport;

/// <summary>
/// The whole bot host in memory, on its own temporary SQLite file, in local (unauthenticated) mode. Extra settings
/// and an existing database file (a restart) may be given.
/// </summary>
public sealed class BotApplicationFactory : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> settings;

    public BotApplicationFactory() : this(null, null)
    {
    }

    private BotApplicationFactory(IReadOnlyDictionary<string, string?>? settings, string? databasePath)
    {
        this.settings = settings ?? new Dictionary<string, string?>();
        DatabasePath = databasePath ?? TestBot.TempDatabase();
    }

    /// <summary>A host with extra settings; an existing <paramref name="databasePath"/> makes it a restart.</summary>
    public static BotApplicationFactory With(IReadOnlyDictionary<string, string?> settings, string? databasePath = null) => new(settings, databasePath);

    /// <summary>A host on the given content folder that rebuilds its index when a file there changes, as in production.</summary>
    public static BotApplicationFactory WatchingContent(string contentFolder) =>
        With(new Dictionary<string, string?> { ["Knowledge:ContentPath"] = contentFolder, ["Knowledge:WatchForChanges"] = "true" });

    public string DatabasePath { get; }

    /// <summary>Every log message the host wrote, rendered; for checking what must never be logged.</summary>
    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:SqlitePath", DatabasePath);
        builder.UseSetting("Knowledge:WatchForChanges", "false");
        builder.UseSetting("MicrosoftAppId", "");
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }
}
