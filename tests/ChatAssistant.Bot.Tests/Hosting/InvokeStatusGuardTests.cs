using System.Net;
using System.Net.Http.Json;

namespace ChatAssistant.Bot.Tests.Hosting;

public class InvokeStatusGuardTests(BotApplicationFactory factory) : IClassFixture<BotApplicationFactory>
{
    [Theory]
    [InlineData("unknown/invoke")]
    [InlineData("")]
    [InlineData(null)]
    public async Task AnInvokeTheBotDoesNotHandleGets400Not501(string? name)
    {
        using var client = factory.CreateClient();
        var activity = TestActivities.Message("");
        activity["type"] = "invoke";
        activity.Remove("deliveryMode"); // as Teams sends invokes: the invoke response is the HTTP response
        if (name is not null) activity["name"] = name;

        var response = await client.PostAsJsonAsync("/api/messages", activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
