using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using ChatAssistant.Bot.Checklists;
using ChatAssistant.Bot.State;
using ChatAssistant.Knowledge.Checklists;
using ChatAssistant.Knowledge.Loading;

namespace ChatAssistant.Bot.Tests.Hosting.Fuzz;

/// <summary>
/// Thousands of seeded hostile bodies against /api/messages over HTTP. None may get a 5xx or exception text, none may
/// leave a turn that never completes, no reply card may render a link the sender typed, and afterwards the bot still answers correctly and a stored checklist is intact.
/// </summary>
public class MessagesFuzzTests
{
    private const int Seed = 20261201;
    private const int Requests = 3000;
    private const string Victim = "victim-user";
    private const string Card = "PU2-6";
    private const string Role = "service-owner";
    private const string WorkName = "Noteikumi X";

    /// <summary>A bound for a hang, not a speed goal: a turn that has not answered by then never will.</summary>
    private static readonly TimeSpan TurnBound = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task HostileActivitiesNeverGet5xxHangOrCorruptState()
    {
        using var factory = new BotApplicationFactory();
        using var client = factory.CreateClient();
        client.Timeout = Timeout.InfiniteTimeSpan;
        var version = ChecklistBuilder.Build(KnowledgeLoader.Load(ContentLocator.Resolve(null)), Card, Role)!.Version;
        var saved = await client.PostAsJsonAsync("/api/messages", VictimSave(version));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var store = new SqliteChecklistStore(new SqliteDatabase(factory.DatabasePath));
        var before = await store.GetAsync(Victim, Card, Role, WorkName, CancellationToken.None);
        Assert.NotNull(before);

        var fuzzer = new ActivityFuzzer(Seed, Victim, version);
        var cases = Enumerable.Range(0, Requests).Select(i => (Index: i, Case: fuzzer.Next())).ToList();
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        var statuses = new System.Collections.Concurrent.ConcurrentDictionary<int, int>();
        await Parallel.ForEachAsync(cases, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (item, _) =>
        {
            var (index, (kind, body)) = item;
            using var timeout = new CancellationTokenSource(TurnBound);
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            try
            {
                using var response = await client.PostAsync("/api/messages", content, timeout.Token);
                var text = await response.Content.ReadAsStringAsync(timeout.Token);
                statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
                if ((int)response.StatusCode >= 500) failures.Add($"#{index} {kind}: {(int)response.StatusCode} for {Preview(body)}");
                if (text.Contains("Exception", StringComparison.Ordinal) || text.Contains("   at ", StringComparison.Ordinal))
                {
                    failures.Add($"#{index} {kind}: exception text in the response for {Preview(body)}");
                }
                if (text.Contains(HostileTextFuzzTests.EvilLink, StringComparison.Ordinal) && TextBlocksOf(text).Any(t => t.Contains(HostileTextFuzzTests.EvilLink, StringComparison.Ordinal)))
                {
                    failures.Add($"#{index} {kind}: a reply card renders the sender's link for {Preview(body)}");
                }
            }
            catch (OperationCanceledException)
            {
                failures.Add($"#{index} {kind}: no response within {TurnBound.TotalSeconds} s for {Preview(body)}");
            }
        });

        Assert.True(failures.IsEmpty, $"seed {Seed}: {failures.Count} failures\n" + string.Join("\n", failures.Take(20)));
        // Most bodies must reach the bot: a fuzzer whose every body is refused at the door tests nothing.
        Assert.True(statuses.GetValueOrDefault(200) > Requests / 3, "statuses: " + string.Join(", ", statuses.Select(s => $"{s.Key}x{s.Value}")));

        var answer = await client.PostAsJsonAsync("/api/messages", TestActivities.Message("kas izstrada normativos aktus konkretam pakalpojumam"));
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("Pakalpojuma vadītājs izstrādā", JsonNode.Parse(await answer.Content.ReadAsStringAsync())!.ToJsonString(
            new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        var after = await store.GetAsync(Victim, Card, Role, WorkName, CancellationToken.None);
        Assert.NotNull(after);
        Assert.Equal(before!.Done.Order(), after!.Done.Order());
        Assert.Equal(before.Revision, after.Revision);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
        Assert.DoesNotContain(AppDomain.CurrentDomain.GetAssemblies(), a => a.GetName().Name == "AdaptiveCards");
    }

    private static JsonObject VictimSave(string version)
    {
        var activity = TestActivities.Message("");
        activity["type"] = "invoke";
        activity["name"] = "adaptiveCard/action";
        activity["from"] = new JsonObject { ["id"] = Victim, ["name"] = "Victim" };
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject
            {
                ["type"] = "Action.Execute",
                ["verb"] = "checklist.save",
                ["data"] = new JsonObject
                {
                    ["action"] = "checklist.save", ["v"] = 1, ["card"] = Card, ["role"] = Role, ["name"] = WorkName, ["owner"] = Victim,
                    ["ver"] = version, ["rev"] = 0, ["lang"] = "lv", ["item.duty.identify"] = "true", ["item.duty.develop"] = "true",
                },
            },
        };
        return activity;
    }

    private static IEnumerable<string> TextBlocksOf(string json)
    {
        try
        {
            return HostileTextFuzzTests.TextBlockTexts(JsonNode.Parse(json)).ToList();
        }
        catch (System.Text.Json.JsonException)
        {
            return [];
        }
    }

    private static string Preview(byte[] body)
    {
        var text = Encoding.UTF8.GetString(body);
        return text.Length > 300 ? text[..300] + "…" : text;
    }
}
