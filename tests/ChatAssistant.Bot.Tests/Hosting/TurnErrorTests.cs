using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ChatAssistant.Bot.Feedback;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatAssistant.Bot.Tests.Hosting;

/// <summary>
/// A turn that fails inside the bot: the adapter's OnTurnError apologises, never shows the exception. The failure is
/// planted in the feedback store, which the answer card's "helpful" button writes to.
/// </summary>
public class TurnErrorTests
{
    private sealed class BrokenStore : IFeedbackStore
    {
        public Task AddAsync(FeedbackEntry entry, CancellationToken cancellationToken) => throw new InvalidOperationException("secret internal detail");
        public Task<IReadOnlyList<FeedbackVote>> ListAsync(CancellationToken cancellationToken) => throw new InvalidOperationException("secret internal detail");
        public Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) => Task.FromResult(0);
    }

    [Theory]
    [InlineData("lv-LV", "kas izstrada aktus", "Atvainojiet")]
    [InlineData("en-US", "who drafts the acts?", "Sorry")]
    public async Task AFailedTurnApologisesInTheUsersLanguageWithoutExceptionText(string locale, string text, string apology)
    {
        using var factory = new BotApplicationFactory().WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IFeedbackStore>();
            services.AddSingleton<IFeedbackStore, BrokenStore>();
        }));
        using var client = factory.CreateClient();

        var ask = TestActivities.Message(text, locale);
        var answer = JsonNode.Parse(await (await client.PostAsJsonAsync("/api/messages", ask)).Content.ReadAsStringAsync())!;
        var message = TestActivities.Message("", locale);
        message["conversation"] = ask["conversation"]!.DeepClone();
        message["value"] = TestActivities.FeedbackPayload(answer, helpful: true);
        var response = await client.PostAsJsonAsync("/api/messages", message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        var reply = JsonNode.Parse(body)!["activities"]![0]!;
        Assert.StartsWith(apology, (string?)reply["text"]);
        Assert.DoesNotContain("secret internal detail", body);
        Assert.DoesNotContain("InvalidOperationException", body);
    }
}
