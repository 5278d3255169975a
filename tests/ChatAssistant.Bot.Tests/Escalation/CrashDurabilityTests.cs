using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ChatAssistant.Bot.Escalation;
using ChatAssistant.Bot.State;
using static ChatAssistant.Bot.Tests.Escalation.EscalationHttpTests;

namespace ChatAssistant.Bot.Tests.Escalation;

/// <summary>
/// The built bot as a real process on a SQLite file, killed with SIGKILL three times while people escalate and
/// consultants answer: while tickets are being created, while channel posts are in flight (the stand-in connector has
/// heard them but not yet answered), and while answers are being saved. After each kill it is started again on the
/// same file. The promise checked is the README's: a ticket whose receipt reached the person exists, exactly once per
/// form sent, an answer acknowledged to the consultant is kept, and every delivery is made at least once.
/// </summary>
public class CrashDurabilityTests
{
    private const int FormsPerRound = 24;
    private const int AnswersSent = 10;
    private static readonly Regex TicketIdPattern = new("VARAM-[0-9]{4}-[0-9]{4,}", RegexOptions.CultureInvariant);

    private sealed record Form(string User, string Sid)
    {
        public string Chat => "a:chat-" + User;
    }

    [Fact]
    public async Task AfterSigkillsUnderLoadNoAcknowledgedTicketOrAnswerIsLostOrDuplicatedAndEveryDeliveryIsMade()
    {
        var random = new Random(14);
        await using var connector = await FakeConnector.StartAsync();
        var database = TestBot.TempDatabase();
        var environment = new Dictionary<string, string?>
        {
            ["Storage__SqlitePath"] = database,
            ["MicrosoftAppId"] = "",
            ["RateLimit__Enabled"] = "false",
            ["Escalation__ConsultationChannelId"] = Channel,
            ["Escalation__ConsultationServiceUrl"] = connector.Url,
            ["Escalation__OutboxInterval"] = "00:00:00.200",
            ["Escalation__FirstRetryDelay"] = "00:00:00.200",
            // A send killed mid-way is taken again once its lease runs out: short here, longer than any send.
            ["Escalation__DeliveryLease"] = "00:00:02",
            // Four starts of the bot need no configuration file watchers: they are a shared, limited resource.
            ["DOTNET_hostBuilder__reloadConfigOnChange"] = "false",
        };
        var forms = Enumerable.Range(0, 2 * FormsPerRound).Select(i => new Form($"user-{i % 6}", $"sid-{i:D3}")).ToList();
        var receipts = new ConcurrentBag<(string Sid, string TicketId)>();
        var answered = new ConcurrentDictionary<string, string>(); // ticket id → the answer acknowledged to the consultant

        // 1. Killed while tickets are being created: after a few receipts, with the rest of the forms in flight.
        await using (var bot = await BotProcess.StartAsync(environment))
        {
            await SendFormsUntilKilledAsync(bot, connector, forms[..FormsPerRound], receipts, killAfter: random.Next(2, 6));
        }

        // 2. Killed between the store and the channel post: the connector records each post on arrival and holds its
        //    reply, so the bot is killed after the post was heard and before it learnt that.
        connector.HoldingReplies = true;
        await using (var bot = await BotProcess.StartAsync(environment))
        {
            var wanted = receipts.Count + random.Next(4, 8);
            var load = SendFormsUntilKilledAsync(bot, connector, forms[FormsPerRound..], receipts, killAfter: int.MaxValue);
            await Eventually.TrueAsync(() => receipts.Count >= wanted, "receipts in the second round");
            await Eventually.TrueAsync(() => connector.HeldReplies > 0, "a channel post in flight");
            await bot.KillAsync();
            connector.DropHeldReplies();
            await load;
        }

        // 3. Killed while consultants answer: a few answers acknowledged, the others in flight.
        await using (var bot = await BotProcess.StartAsync(environment))
        {
            var wanted = Math.Min(AnswersSent, receipts.Select(r => r.TicketId).Distinct().Count());
            var posted = await Eventually.GetAsync(() => Task.FromResult(PostedCards(connector, receipts) is { } p && p.Count >= wanted ? p : null), "channel cards to answer");
            await AnswerUntilKilledAsync(bot, connector, [.. posted.Take(wanted)], answered, killAfter: random.Next(2, Math.Max(3, wanted / 2)));
        }

        // 4. Started once more: every form is sent again (Teams retries what got no reply; people click twice).
        await using (var bot = await BotProcess.StartAsync(environment))
        {
            using var client = new HttpClient { BaseAddress = new Uri(bot.BaseUrl) };
            foreach (var form in forms)
            {
                var id = await SubmitAsync(client, connector, form);
                Assert.True(id is not null, $"No receipt for {form.Sid} after the last start:\n{bot.Output}");
                receipts.Add((form.Sid, id));
            }
            var store = new SqliteTicketStore(new SqliteDatabase(database));
            await Eventually.TrueAsync(async () => (await store.ListWithPendingAsync(default)).Count == 0, "every outbox to empty", TimeSpan.FromSeconds(40));
            await bot.KillAsync();
        }

        var tickets = await new SqliteTicketStore(new SqliteDatabase(database)).ListAllAsync(default);
        // Exactly one ticket per form, whatever was killed when.
        Assert.Equal(forms.Count, tickets.Count);
        Assert.Equal(forms.Select(f => f.User + "/" + f.Sid).Order(StringComparer.Ordinal), tickets.Select(t => t.SubmissionId).Order(StringComparer.Ordinal));
        // Every receipt a person saw names the ticket of that form, and each form was always told the same number.
        foreach (var (sid, id) in receipts) Assert.EndsWith("/" + sid, Assert.Single(tickets, t => t.Id == id).SubmissionId);
        Assert.All(receipts.GroupBy(r => r.Sid), g => Assert.Single(g.Select(r => r.TicketId).Distinct()));
        // Every ticket reached the channel, at least once, by a post the bot saw accepted: a post cut off by the kill
        // counts as not made, so the bot must have sent it again.
        var accepted = connector.Received.Where(r => !connector.Unacknowledged.Contains(r.Activity)).ToList();
        Assert.All(tickets, t => Assert.Contains(accepted, r => r.Method == "POST" && r.Conversation == Channel && Text(r.Activity).Contains(t.Id)));
        // Every answer acknowledged to a consultant is stored and reached the requester.
        Assert.False(answered.IsEmpty, "No answer was acknowledged before the kill: the answer round tested nothing.");
        foreach (var (id, answer) in answered)
        {
            var ticket = Assert.Single(tickets, t => t.Id == id);
            Assert.Equal((TicketStatus.Answered, answer), (ticket.Status, ticket.Answer));
            var chat = forms.Single(f => ticket.SubmissionId == f.User + "/" + f.Sid).Chat;
            Assert.Contains(accepted, r => r.Conversation == chat && Text(r.Activity).Contains(answer));
            Assert.Contains(accepted, r => r.Conversation == Channel && Text(r.Activity).Contains(id) && Text(r.Activity).Contains("Statuss: atbildēts"));
        }
        Assert.All(tickets, t => Assert.Empty(t.Pending));
    }

    /// <summary>Sends the forms six at a time; kills the bot once <paramref name="killAfter"/> receipts have come back, and returns when every send has ended.</summary>
    private static async Task SendFormsUntilKilledAsync(BotProcess bot, FakeConnector connector, IReadOnlyList<Form> forms, ConcurrentBag<(string, string)> receipts, int killAfter)
    {
        using var client = new HttpClient { BaseAddress = new Uri(bot.BaseUrl) };
        var queue = new ConcurrentQueue<Form>(forms);
        var acknowledged = 0;
        var killed = new TaskCompletionSource();
        async Task Sender()
        {
            while (queue.TryDequeue(out var form))
            {
                if (await SubmitAsync(client, connector, form) is not { } id) continue;
                receipts.Add((form.Sid, id));
                if (Interlocked.Increment(ref acknowledged) == killAfter) killed.TrySetResult();
            }
        }
        var senders = Enumerable.Range(0, 6).Select(_ => Task.Run(Sender)).ToList();
        if (killAfter != int.MaxValue)
        {
            await Task.WhenAny(killed.Task, Task.WhenAll(senders));
            Assert.True(killed.Task.IsCompleted, "Every form was answered before the kill: the round tested no crash.");
            await bot.KillAsync();
        }
        await Task.WhenAll(senders);
    }

    /// <summary>Sends the answers all at once; kills the bot once <paramref name="killAfter"/> have been acknowledged.</summary>
    private static async Task AnswerUntilKilledAsync(BotProcess bot, FakeConnector connector, IReadOnlyList<(string Id, JsonNode Card)> cards, ConcurrentDictionary<string, string> answered, int killAfter)
    {
        using var client = new HttpClient { BaseAddress = new Uri(bot.BaseUrl) };
        var killed = new TaskCompletionSource();
        var sends = cards.Select(card => Task.Run(async () =>
        {
            var answer = $"Atbilde uz {card.Id}: jā, ietekmes novērtējums būs obligāts.";
            var click = Click("ticket.answer", card.Id, StepOn(card.Card, "ticket.answer"), answer);
            try
            {
                var response = await client.PostAsJsonAsync("/api/messages", Activity(connector, "invoke", Channel + ";messageid=1", "c-anna", "Anna Konsultante", click, "adaptiveCard/action"));
                if (response.StatusCode == HttpStatusCode.OK && (await response.Content.ReadAsStringAsync()).Contains("Statuss: atbildēts", StringComparison.Ordinal))
                {
                    answered[card.Id] = answer;
                    if (answered.Count >= killAfter) killed.TrySetResult();
                }
            }
            catch (HttpRequestException)
            {
                // Killed before the reply: not acknowledged, so nothing was promised.
            }
        })).ToList();
        await Task.WhenAny(killed.Task, Task.WhenAll(sends));
        await bot.KillAsync();
        await Task.WhenAll(sends);
    }

    /// <summary>The form sent as a card submit; the ticket ID of the receipt, or null when no receipt came back (the bot was killed).</summary>
    private static async Task<string?> SubmitAsync(HttpClient client, FakeConnector connector, Form form)
    {
        var submit = FormSubmit();
        submit["sid"] = form.Sid;
        try
        {
            var response = await client.PostAsJsonAsync("/api/messages", Activity(connector, "message", form.Chat, form.User, "Anna Bērziņa", submit));
            Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
            if (response.StatusCode != HttpStatusCode.OK) return null;
            return TicketIdPattern.Match(await response.Content.ReadAsStringAsync()) is { Success: true } match ? match.Value : null;
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    /// <summary>The acknowledged tickets whose card has reached the channel, with that card.</summary>
    private static List<(string Id, JsonNode Card)> PostedCards(FakeConnector connector, IEnumerable<(string Sid, string TicketId)> receipts) =>
        [.. receipts.Select(r => r.TicketId).Distinct().Order(StringComparer.Ordinal)
            .Select(id => (id, connector.Received.FirstOrDefault(r => r.Method == "POST" && r.Conversation == Channel && Text(r.Activity).Contains(id)).Activity))
            .Where(p => p.Activity is not null)
            .Select(p => (p.id, p.Activity!))];
}
