using ChatAssistant.Bot.Hosting;
using ChatAssistant.Bot.Turn;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace ChatAssistant.Bot.Tests.Checklists;

/// <summary>
/// Outside local mode a checklist belongs to the Entra object id, while Teams refreshes a card for the Teams user id:
/// the card carries the one as its owner and the other in <c>refresh.userIds</c>. The real bot behind the gate.
/// </summary>
public class ChecklistOwnerTests
{
    private const string Tenant = "0b5e3c1a-7d9e-4f2a-8c6b-1e2d3f4a5b6c";

    [Fact]
    public async Task TheCardIsOwnedByTheEntraIdAndRefreshedForTheTeamsUser()
    {
        var bot = new TestBot();
        var adapter = new TestAdapter(new ConversationReference
        {
            ChannelId = Channels.Msteams,
            ServiceUrl = "https://smba.example.test/emea/",
            Conversation = new ConversationAccount(id: "a:chat-ilze", conversationType: "personal", tenantId: Tenant),
            User = new ChannelAccount("29:ilze", "Ilze", aadObjectId: "aad-ilze"),
            Bot = new ChannelAccount("bot-id", "ChatAssistant"),
        }) { Locale = "lv-LV" };
        adapter.Use(new TeamsTenantGate(Options.Create(new BotCredentialsOptions
        {
            MicrosoftAppType = "SingleTenant", MicrosoftAppId = "app", MicrosoftAppPassword = "secret", MicrosoftAppTenantId = Tenant,
        }), NullLogger<TeamsTenantGate>.Instance));
        adapter.Use(new AutoSaveStateMiddleware(bot.ConversationState, bot.UserState));

        await new TestFlow(adapter, bot.Bot)
            .Send("kontrolsaraksts pakalpojuma vadītājam: Akts A")
            .AssertReply(reply =>
            {
                var card = JObject.FromObject(reply.AsMessageActivity().Attachments.Single().Content);
                Assert.Equal(["29:ilze"], card["refresh"]!["userIds"]!.Values<string>());
                Assert.Equal("aad-ilze", (string?)card["refresh"]!["action"]!["data"]!["owner"]);
            })
            .StartTestAsync();
    }
}
