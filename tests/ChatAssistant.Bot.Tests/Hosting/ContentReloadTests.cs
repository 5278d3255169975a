using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ChatAssistant.Bot.Tests.Hosting;

/// <summary>An editor saves a content file while the bot runs: the next answers use it, with no restart.</summary>
public class ContentReloadTests
{
    [Fact]
    public async Task SavedContentIsAnsweredWithoutARestartAndBrokenContentIsIgnored()
    {
        var content = TestFolders.CopyOfContent();
        using var host = BotApplicationFactory.WatchingContent(content);
        using var client = host.CreateClient();
        const string question = "kas izstrada normativos aktus konkretam pakalpojumam";
        Assert.DoesNotContain("ZREDAKTORS", await AnswerAsync(client, question));

        var card = Path.Combine(content, "cards", "PU2-6.yaml");
        File.WriteAllText(card, File.ReadAllText(card).Replace("Izstrādā jaunus ar konkrēta pakalpojuma", "ZREDAKTORS izstrādā jaunus ar konkrēta pakalpojuma"));
        await Eventually.TrueAsync(async () => (await AnswerAsync(client, question)).Contains("ZREDAKTORS"), "the edit to reach the answers");

        // The watcher must have looked at the broken file and turned it down, not merely not got round to it.
        File.AppendAllText(Path.Combine(content, "glossary.yaml"), "\n  broken: [\n");
        await Eventually.TrueAsync(() => host.Logs.Lines.Any(l => l.Contains("Content change rejected", StringComparison.Ordinal)), "the broken content to be rejected");
        Assert.Contains("ZREDAKTORS", await AnswerAsync(client, question));
    }

    private static async Task<string> AnswerAsync(HttpClient client, string question)
    {
        var response = await client.PostAsJsonAsync("/api/messages", TestActivities.Message(question));
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["activities"]![0]!.ToJsonString(
            new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
