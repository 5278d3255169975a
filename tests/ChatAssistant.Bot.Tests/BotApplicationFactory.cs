using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ChatAssistant.Bot.Tests;

/// <summary>The whole bot host in memory, on its own temporary SQLite file, in local (unauthenticated) mode.</summary>
public sealed class BotApplicationFactory : WebApplicationFactory<Program>
{
    public string DatabasePath { get; } = TestBot.TempDatabase();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:SqlitePath", DatabasePath);
        builder.UseSetting("Knowledge:WatchForChanges", "false");
        builder.UseSetting("MicrosoftAppId", "");
        // Each watched appsettings.json costs an inotify instance, of which a Linux user has 128 across all processes;
        // parallel test hosts ran out of them on a shared machine (IOException at start-up).
        builder.UseSetting("hostBuilder:reloadConfigOnChange", "false");
    }
}
