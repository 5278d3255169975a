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
    }
}
