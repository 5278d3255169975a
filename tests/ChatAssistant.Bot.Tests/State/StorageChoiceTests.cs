using ChatAssistant.Bot.Checklists;
using ChatAssistant.Bot.Escalation;
using ChatAssistant.Bot.Feedback;
using ChatAssistant.Bot.State;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.Bot.Tests.State;

/// <summary>The host's stores follow Storage:AzureConnectionString, whatever else registers a store before the choice is made.</summary>
public class StorageChoiceTests
{
    [Fact]
    public void WithoutAnAzureConnectionStringEverythingIsInSqlite()
    {
        using var factory = new BotApplicationFactory();
        var services = factory.Services;

        Assert.IsType<SqliteStorage>(services.GetRequiredService<IStorage>());
        Assert.IsType<SqliteChecklistStore>(services.GetRequiredService<IChecklistStore>());
        Assert.IsType<SqliteTicketStore>(services.GetRequiredService<ITicketStore>());
        Assert.IsType<SqliteFeedbackStore>(services.GetRequiredService<IFeedbackStore>());
    }

    [Fact]
    public void WithAnAzureConnectionStringStateChecklistsTicketsAndFeedbackAreInAzureStorage()
    {
        using var factory = new ScaleOutBotFactory(ScaleOutBotFactory.SharedStorage.Unique());
        var services = factory.Services;

        Assert.IsType<BlobStorage>(services.GetRequiredService<IStorage>());
        Assert.IsType<TableChecklistStore>(services.GetRequiredService<IChecklistStore>());
        Assert.IsType<TableTicketStore>(services.GetRequiredService<ITicketStore>());
        Assert.IsType<TableFeedbackStore>(services.GetRequiredService<IFeedbackStore>());
    }
}
