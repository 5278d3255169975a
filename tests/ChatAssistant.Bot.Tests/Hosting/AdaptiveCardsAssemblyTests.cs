using System.Net.Http.Json;

namespace ChatAssistant.Bot.Tests.Hosting;

/// <summary>
/// Microsoft.Bot.Schema refers to the AdaptiveCards package, which our feed does not serve. Nothing we run may load
/// it: touching the SharePoint types, or reflecting over all Schema types, would fail at run time.
/// </summary>
public class AdaptiveCardsAssemblyTests(BotApplicationFactory factory) : IClassFixture<BotApplicationFactory>
{
    [Fact]
    public async Task TheMissingAdaptiveCardsAssemblyIsNeverLoaded()
    {
        using var client = factory.CreateClient();
        foreach (var text in new[] { "kas izstrada normativos aktus konkretam pakalpojumam", "help", "kontrolsaraksts", "pu2-7" })
        {
            (await client.PostAsJsonAsync("/api/messages", TestActivities.Message(text))).EnsureSuccessStatusCode();
        }

        Assert.DoesNotContain(AppDomain.CurrentDomain.GetAssemblies(), a => a.GetName().Name == "AdaptiveCards");
        Assert.Contains(AppDomain.CurrentDomain.GetAssemblies(), a => a.GetName().Name == "Microsoft.Bot.Schema");
    }
}
