using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace ChatAssistant.Bot.Tests.Hosting;

/// <summary>POST /api/messages over HTTP, with replies returned in the body (deliveryMode expectReplies).</summary>
public class MessagesEndpointTests(BotApplicationFactory factory) : IClassFixture<BotApplicationFactory>
{

    [Fact]
    public async Task QuestionGetsAnAnswerCardInTheResponse()
    {
        using var client = factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/messages", TestActivities.Message("kas izstrada normativos aktus konkretam pakalpojumam"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var card = body["activities"]![0]!["attachments"]![0]!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)card["contentType"]);
        Assert.Contains("Pakalpojuma vadītājs izstrādā", card["content"]!.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"text\": \"no type\"}")]
    [InlineData("")]
    public async Task MalformedBodyGets400(string body)
    {
        using var client = factory.CreateClient();
        var response = await client.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task BodyOver256KilobytesGets413()
    {
        using var client = factory.CreateClient();
        var huge = TestActivities.Message(new string('a', 300 * 1024));
        var response = await client.PostAsync("/api/messages", new StringContent(huge.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task ActivityMissingItsConversationIsRejectedWithoutA500()
    {
        using var client = factory.CreateClient();
        var activity = TestActivities.Message("hello");
        activity.Remove("conversation");
        activity.Remove("serviceUrl");
        var response = await client.PostAsJsonAsync("/api/messages", activity);
        Assert.True((int)response.StatusCode < 500, $"got {(int)response.StatusCode}");
    }

    [Fact]
    public async Task HealthReportsReadyOnceTheIndexIsBuilt()
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ready", await response.Content.ReadAsStringAsync());
    }
}
