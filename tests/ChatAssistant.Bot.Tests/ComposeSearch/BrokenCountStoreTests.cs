using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ChatAssistant.Bot.ComposeSearch;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatAssistant.Bot.Tests.ComposeSearch;

/// <summary>The answer counts are a nicety: a store that fails costs neither the chat its answer nor the search its list.</summary>
public sealed class BrokenCountStoreTests
{
    private sealed class BrokenStore : IAnswerCountStore
    {
        public Task CountAsync(string unitId, int times, DateTimeOffset at, CancellationToken cancellationToken) => throw new InvalidOperationException("store down");
        public Task<IReadOnlyList<string>> MostGivenAsync(int count, CancellationToken cancellationToken) => throw new InvalidOperationException("store down");
        public Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) => Task.FromResult(0);
    }

    [Fact]
    public async Task TheChatStillAnswersAndAnEmptySearchStillShowsTheExamples()
    {
        using var factory = new BotApplicationFactory().WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IAnswerCountStore>();
            services.AddSingleton<IAnswerCountStore, BrokenStore>();
        }));
        using var client = factory.CreateClient();

        var answer = await client.PostAsJsonAsync("/api/messages", TestActivities.Message("Kas izstrādā normatīvos aktus konkrētam pakalpojumam?"));
        var opened = TestActivities.Message("", conversationType: "groupChat");
        opened["type"] = "invoke";
        opened["name"] = "composeExtension/query";
        opened.Remove("deliveryMode"); // an invoke is answered in the response itself
        opened["value"] = new JsonObject { ["commandId"] = "searchAnswers", ["parameters"] = new JsonArray(new JsonObject { ["name"] = "initialRun", ["value"] = "true" }) };
        var search = await client.PostAsJsonAsync("/api/messages", opened);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("Avots:", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        var results = JsonNode.Parse(await search.Content.ReadAsStringAsync())!["composeExtension"]!;
        Assert.Equal("result", (string?)results["type"]);
        Assert.NotEmpty(results["attachments"]!.AsArray());
    }
}
