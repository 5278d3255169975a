using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ChatAssistant.Bot.Dialogs;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatAssistant.Bot.Tests.Hosting;

/// <summary>
/// A turn that fails inside the bot: the adapter's OnTurnError apologises, never shows the exception. The failure is
/// planted in the Q&amp;A flow, which a related-question button starts.
/// </summary>
public class TurnErrorTests
{
    private sealed class BrokenFlow : IFlow
    {
        public string Name => "qa";
        public Task BeginAsync(FlowContext context, IReadOnlyDictionary<string, string> args, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("secret internal detail");
        public Task ContinueAsync(FlowContext context, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    [Theory]
    [InlineData("lv-LV", "kas izstrada aktus", "Atvainojiet")]
    [InlineData("en-US", "who drafts the acts?", "Sorry")]
    public async Task AFailedTurnApologisesInTheUsersLanguageWithoutExceptionText(string locale, string text, string apology)
    {
        using var factory = new BotApplicationFactory().WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IFlow>();
            services.AddSingleton<IFlow, BrokenFlow>();
        }));
        using var client = factory.CreateClient();

        var message = MessagesEndpointTests.Message(text, locale);
        message["value"] = new JsonObject { ["action"] = "qa.ask", ["v"] = 1, ["q"] = text };
        var response = await client.PostAsJsonAsync("/api/messages", message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        var reply = JsonNode.Parse(body)!["activities"]![0]!;
        Assert.StartsWith(apology, (string?)reply["text"]);
        Assert.DoesNotContain("secret internal detail", body);
        Assert.DoesNotContain("InvalidOperationException", body);
    }
}
