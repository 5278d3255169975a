using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json.Nodes;
using ChatAssistant.Bot.Hosting.Clients;
using ChatAssistant.Bot.Tests.Escalation;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatAssistant.Bot.Tests.Hosting.Clients;

/// <summary>
/// Connector clients shared across turns (over the SDK's own configuration-based authentication, in local mode),
/// and the user-token client built only when used.
/// </summary>
public sealed class ReusedBotClientsTests
{
    private static ReusedBotClients NewClients() =>
        new(new ConfigurationBotFrameworkAuthentication(new ConfigurationBuilder().Build()), NullLogger<ReusedBotClients>.Instance);

    [Fact]
    public async Task AConnectorClientOutlivesTheTurnThatDisposedItAndIsSharedByTheNext()
    {
        await using var connector = await FakeConnector.StartAsync();
        using var clients = NewClients();

        var first = await clients.CreateConnectorFactory(new ClaimsIdentity()).CreateAsync(connector.Url, null, default);
        first.Dispose(); // what the SDK does when the turn ends
        var second = await clients.CreateConnectorFactory(new ClaimsIdentity()).CreateAsync(connector.Url, null, default);

        Assert.Same(first, second);
        Assert.IsAssignableFrom<ConnectorClient>(second); // Teams helpers need the concrete client
        await second.Conversations.SendToConversationAsync("conv-1", Message("after the first turn ended"));
        var sent = await connector.WaitForAsync((_, conversation, _) => conversation == "conv-1", "the message sent through the shared client");
        Assert.Equal("after the first turn ended", (string?)sent["text"]);
        Assert.Equal(1, clients.SharedClientCount);
    }

    [Fact]
    public async Task EachServiceUrlHasItsOwnClient()
    {
        using var clients = NewClients();
        var factory = clients.CreateConnectorFactory(new ClaimsIdentity());

        var emea = await factory.CreateAsync("https://smba.trafficmanager.net/emea/", null, default);
        var amer = await factory.CreateAsync("https://smba.trafficmanager.net/amer/", null, default);

        Assert.NotSame(emea, amer);
        Assert.Equal("https://smba.trafficmanager.net/amer/", amer.BaseUri.ToString());
        // A client writes its User-Agent into its HttpClient's default headers when built, so none may share one.
        Assert.NotSame(((ConnectorClient)emea).HttpClient, ((ConnectorClient)amer).HttpClient);
        Assert.Equal(2, clients.SharedClientCount);
    }

    [Fact]
    public async Task PastTheCapClientsAreBuiltPerTurnInsteadOfGrowingTheCache()
    {
        using var clients = NewClients();
        var factory = clients.CreateConnectorFactory(new ClaimsIdentity());
        for (var i = 0; i < ReusedBotClients.MaxSharedClients; i++) await factory.CreateAsync($"https://host{i}.example/", null, default);

        var extra1 = await factory.CreateAsync("https://one-too-many.example/", null, default);
        var extra2 = await factory.CreateAsync("https://one-too-many.example/", null, default);

        Assert.NotSame(extra1, extra2);
        Assert.Equal(ReusedBotClients.MaxSharedClients, clients.SharedClientCount);
        Assert.Same(await factory.CreateAsync("https://host0.example/", null, default), await factory.CreateAsync("https://host0.example/", null, default));
    }

    [Fact]
    public async Task TheFactoryInAnAuthenticatedRequestIsTheSharedOne()
    {
        using var clients = NewClients();
        var activity = Message("hi");
        activity.ServiceUrl = "https://smba.trafficmanager.net/emea/";

        var a = await clients.AuthenticateRequestAsync(activity, "", default);
        var b = await clients.AuthenticateRequestAsync(activity, "", default);

        Assert.Same(await a.ConnectorFactory.CreateAsync(activity.ServiceUrl, a.Audience, default), await b.ConnectorFactory.CreateAsync(activity.ServiceUrl, b.Audience, default));
    }

    [Fact]
    public async Task TheUserTokenClientIsBuiltOnFirstUseOnly()
    {
        var inner = new ConfigurationBotFrameworkAuthentication(new ConfigurationBuilder().Build());
        var built = 0;
        var unused = new LazyUserTokenClient(ct => { built++; return inner.CreateUserTokenClientAsync(new ClaimsIdentity(), ct); });
        unused.Dispose();
        Assert.Equal(0, built);

        using var used = new LazyUserTokenClient(ct => { built++; return inner.CreateUserTokenClientAsync(new ClaimsIdentity(), ct); });
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<Exception>(() => used.GetTokenStatusAsync("user-1", "msteams", "", cancelled.Token));
        await Assert.ThrowsAnyAsync<Exception>(() => used.SignOutUserAsync("user-1", "connection", "msteams", cancelled.Token));
        Assert.Equal(1, built);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task RepliesInATeamsChatReachTheConnectorEitherWay(bool share)
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var factory = BotApplicationFactory.With(new Dictionary<string, string?> { ["Connector:ShareClients"] = share ? "true" : "false" });
        using var http = factory.CreateClient();
        var conversation = "a:chat-" + Guid.NewGuid().ToString("N");

        foreach (var text in new[] { "palīdzība", "help" })
        {
            var response = await http.PostAsJsonAsync("/api/messages", new JsonObject
            {
                ["type"] = "message", ["id"] = Guid.NewGuid().ToString(), ["channelId"] = "msteams", ["serviceUrl"] = connector.Url,
                ["text"] = text, ["locale"] = "lv-LV",
                ["from"] = new JsonObject { ["id"] = "user-1", ["name"] = "Ilze" },
                ["recipient"] = new JsonObject { ["id"] = "bot-1", ["name"] = "ChatAssistant" },
                ["conversation"] = new JsonObject { ["id"] = conversation, ["conversationType"] = "personal" },
            });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        await connector.WaitForAsync((_, c, _) => c == conversation && connector.Received.Count(r => r.Conversation == conversation) == 2, "both replies");
        var authentication = factory.Services.GetRequiredService<BotFrameworkAuthentication>();
        if (share) Assert.Equal(1, Assert.IsType<ReusedBotClients>(authentication).SharedClientCount);
        else Assert.IsNotType<ReusedBotClients>(authentication);
    }

    private static Activity Message(string text) => new(ActivityTypes.Message) { Text = text };
}
