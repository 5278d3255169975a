using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ChatAssistant.Bot.Tests.State;

/// <summary>
/// One bot instance of a scale-out deployment: the whole host in memory, with its own empty SQLite file, and its state,
/// checklists and tickets in the Azure Storage (Azurite) container and tables that every instance of <paramref name="names"/> shares.
/// </summary>
public sealed class ScaleOutBotFactory(ScaleOutBotFactory.SharedStorage names, IReadOnlyDictionary<string, string?>? settings = null) : WebApplicationFactory<Program>
{
    public sealed record SharedStorage(string Container, string ChecklistTable, string TicketTable, string FeedbackTable)
    {
        public static SharedStorage Unique() =>
            new(Azurite.UniqueName("state-"), Azurite.UniqueName("checklists"), Azurite.UniqueName("tickets"), Azurite.UniqueName("feedback"));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:SqlitePath", TestBot.TempDatabase());
        builder.UseSetting("Storage:AzureConnectionString", Azurite.ConnectionString);
        builder.UseSetting("Storage:BlobContainer", names.Container);
        builder.UseSetting("Storage:ChecklistTable", names.ChecklistTable);
        builder.UseSetting("Storage:TicketTable", names.TicketTable);
        builder.UseSetting("Storage:FeedbackTable", names.FeedbackTable);
        builder.UseSetting("Knowledge:WatchForChanges", "false");
        builder.UseSetting("MicrosoftAppId", "");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) builder.UseSetting(key, value);
    }
}
