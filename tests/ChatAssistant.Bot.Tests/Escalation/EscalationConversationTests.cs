using ChatAssistant.Bot.Escalation;
using Newtonsoft.Json.Linq;
using static ChatAssistant.Bot.Tests.Escalation.EscalationScenario;

namespace ChatAssistant.Bot.Tests.Escalation;

/// <summary>Escalation end to end on the real bot and SQLite: form, ticket, channel, consultants, answer back.</summary>
public class EscalationConversationTests
{
    private static readonly Microsoft.Bot.Schema.ConversationReference Requester = Personal("user-req");
    private static readonly Microsoft.Bot.Schema.ConversationReference Anna = Channel("consultant-anna", "Anna Konsultante");
    private static readonly Microsoft.Bot.Schema.ConversationReference Janis = Channel("consultant-janis", "Jānis Konsultants");

    // Members, so the JSON schema library's root namespace "Json" (linked in for the card validator) does not hide the scenario's.
    private static string Json(Microsoft.Bot.Schema.IActivity activity) => EscalationScenario.Json(activity);
    private static string Json(JObject card) => EscalationScenario.Json(card);

    [Fact]
    public async Task UnknownQuestionOffersEscalationAndTheFormIsPrefilledWithIt()
    {
        var s = new EscalationScenario();
        var answer = await s.SayAsync(Requester, "cik maksā e-paraksts?");
        Assert.Contains("escalate.start", Json(answer.Single()));

        var form = await s.SubmitAsync(Requester, new JObject { ["action"] = "escalate.start", ["v"] = 1, ["question"] = "cik maksā e-paraksts?", ["lang"] = "lv" });

        var card = Json(form.Single());
        Assert.Contains("\"value\":\"cik maksā e-paraksts?\"", card);
        foreach (var field in new[] { "\"id\":\"institution\"", "\"id\":\"role\"", "\"id\":\"subject\"", "\"id\":\"urgency\"", "\"id\":\"onBehalfOf\"", "\"id\":\"contact\"", "escalate.submit" })
            Assert.Contains(field, card);
        Assert.Contains("Pakalpojuma vadītājs", card);
    }

    [Fact]
    public async Task TheEscalateCommandPrefillsTheLastQuestionAsked()
    {
        var s = new EscalationScenario();
        await s.SayAsync(Requester, "kad stāsies spēkā jaunie grozījumi?");

        var form = await s.SayAsync(Requester, "eskalet");

        Assert.Contains("\"value\":\"kad stāsies spēkā jaunie grozījumi?\"", Json(form.Single()));
    }

    [Theory]
    [InlineData("lv-LV", "lv", "Norādiet e-pasta adresi vai tālruņa numuru.", "Norādiet iestādi.")]
    [InlineData("en-US", "en", "Enter an email address or a phone number.", "Enter the institution.")]
    public async Task AnInvalidFormComesBackWithMessagesInTheUsersLanguageAndNothingIsStored(string locale, string lang, string contactError, string institutionError)
    {
        var s = new EscalationScenario();
        var form = Form("form-x", ("contact", "nav kontakta"), ("institution", "  "), ("lang", lang));

        var reply = await s.SubmitAsync(Requester, form, locale);

        var card = Json(reply.Single());
        Assert.Contains(contactError, card);
        Assert.Contains(institutionError, card);
        Assert.Contains("\"value\":\"nav kontakta\"", card); // what was typed is kept
        Assert.Empty(await s.Bot.Tickets.ListAllAsync(default));
    }

    [Fact]
    public async Task ATicketIsStoredPostedClaimedAnsweredAndTheAnswerReachesTheRequester()
    {
        var s = new EscalationScenario();

        var receipt = await s.SubmitAsync(Requester, Form());
        var id = TicketId.Format(FixedTime.Start.Year, 1);
        Assert.Contains(id, Json(receipt.Single()));
        var stored = await s.Bot.Tickets.GetAsync(id, default);
        Assert.Equal(TicketStatus.New, stored!.Status);
        Assert.Equal("Valsts ieņēmumu dienests", stored.Request.Institution);
        Assert.Equal("Pakalpojuma vadītājs", stored.Request.AskerRole);

        Assert.Equal(1, await s.Delivery.RunOnceAsync(default));
        var post = Assert.Single(s.Sent());
        Assert.Equal(ChannelId, post.Conversation.Id);
        Assert.Contains(id, Json(post));
        Assert.Contains("anna.berzina@example.lv", Json(post)); // consultants see the contact

        var claimed = await s.ClickAsync(Anna, "ticket.claim", id);
        Assert.Contains("Statuss: piešķirts", Json(claimed));
        Assert.Contains("Anna Konsultante", Json(claimed));

        var answered = await s.ClickAsync(Anna, "ticket.answer", id, answer: "Jā, ietekmes novērtējums būs obligāts.");
        Assert.Contains("Statuss: atbildēts", Json(answered));

        await s.Delivery.RunOnceAsync(default);
        var sent = s.Sent();
        var toRequester = Assert.Single(sent, a => a.Conversation.Id == Requester.Conversation.Id);
        Assert.Contains("Jā, ietekmes novērtējums būs obligāts.", Json(toRequester));

        var ticket = await s.Bot.Tickets.GetAsync(id, default);
        Assert.Empty(ticket!.Pending);
        Assert.Equal(
            [TicketEventKind.Created, TicketEventKind.PostedToChannel, TicketEventKind.Assigned, TicketEventKind.Answered, TicketEventKind.AnswerDelivered],
            ticket.History.Select(e => e.Kind));
        Assert.Equal("consultant-anna", ticket.History[2].Actor.Id);

        var mine = await s.SayAsync(Requester, "mani pieteikumi");
        Assert.Contains(id + " · atbildēts", Json(mine.Single()));
    }

    [Fact]
    public async Task WhenTwoConsultantsClaimTheSameTicketOneWinsAndTheOtherIsTold()
    {
        var s = new EscalationScenario();
        await s.SubmitAsync(Requester, Form());
        var id = TicketId.Format(FixedTime.Start.Year, 1);

        var both = await Task.WhenAll(s.ClickAsync(Anna, "ticket.claim", id), s.ClickAsync(Janis, "ticket.claim", id));

        var ticket = await s.Bot.Tickets.GetAsync(id, default);
        var winner = ticket!.Assignee!.Name;
        var loserCard = Json(both.Single(c => Json(c).Contains("jau uzņēmās", StringComparison.Ordinal)));
        Assert.Contains($"Šo pieteikumu jau uzņēmās {winner}.", loserCard);
        Assert.Single(ticket.History, e => e.Kind == TicketEventKind.Assigned);
    }

    [Fact]
    public async Task OnlyTheConsultationChannelCanWorkATicketAndOthersLearnNothing()
    {
        var s = new EscalationScenario();
        await s.SubmitAsync(Requester, Form());
        var id = TicketId.Format(FixedTime.Start.Year, 1);
        var stranger = Personal("user-other", "Cits Lietotājs");

        var refused = await s.ClickAsync(stranger, "ticket.answer", id, answer: "mēģinu atbildēt");
        var peek = await s.SayAsync(stranger, "pieteikums " + id.ToLowerInvariant());
        var selfClaim = await s.ClickAsync(Requester, "ticket.claim", id);

        Assert.Contains("tikai VARAM konsultāciju kanālā", Json(refused));
        Assert.Contains("Pieteikums nav atrasts", Json(peek.Single()));
        Assert.DoesNotContain("ietekmes", Json(peek.Single()));
        Assert.Contains("tikai VARAM konsultāciju kanālā", Json(selfClaim));
        Assert.Equal(TicketStatus.New, (await s.Bot.Tickets.GetAsync(id, default))!.Status);
    }

    [Fact]
    public async Task HelpdeskEscalatesOnSomeoneElsesBehalf()
    {
        var s = new EscalationScenario();
        var helpdesk = Personal("helpdesk-1", "Palīdzības Dienests");

        await s.SubmitAsync(helpdesk, Form("form-h", ("onBehalfOf", "Pēteris Kalniņš"), ("contact", "+371 2000 0000")));
        await s.Delivery.RunOnceAsync(default);

        var ticket = Assert.Single(await s.Bot.Tickets.ListAllAsync(default));
        Assert.Equal("Pēteris Kalniņš", ticket.Request.RequesterName);
        Assert.Equal("helpdesk-1", ticket.Submitter.Id);
        var post = Json(Assert.Single(s.Sent()));
        Assert.Contains("Pēteris Kalniņš, +371 2000 0000", post);
        Assert.Contains("Palīdzības Dienests", post);
    }

    [Fact]
    public async Task TheSameFormSentTwiceIsOneTicket()
    {
        var s = new EscalationScenario();

        var first = await s.SubmitAsync(Requester, Form("form-twice"));
        var second = await s.SubmitAsync(Requester, Form("form-twice"));

        Assert.Single(await s.Bot.Tickets.ListAllAsync(default));
        Assert.Equal(Json(first.Single()), Json(second.Single()));
    }

    [Fact]
    public async Task WithoutAChannelTheTicketIsKeptAndDeliveredAfterARestartWithOne()
    {
        var path = TestBot.TempDatabase();
        var before = new EscalationScenario(path, channelConfigured: false);
        await before.SubmitAsync(Requester, Form());
        Assert.Equal(0, await before.Delivery.RunOnceAsync(default));
        var waiting = Assert.Single(await before.Bot.Tickets.ListWithPendingAsync(default));
        Assert.Equal("channel-not-configured", waiting.Pending.Single().LastError);
        Assert.Empty(before.Sent());

        var after = new EscalationScenario(path); // a restart, now with the channel configured
        var adminView = await after.SayAsync(Personal("admin-1"), "neizsūtītie");
        Assert.Contains(waiting.Id, Json(adminView.Single()));
        var due = waiting.Pending.Single().NextAttemptAt;
        var later = new EscalationScenario(path, channelConfigured: true);
        await later.Bot.Tickets.TryUpdateAsync(waiting with { Pending = [waiting.Pending.Single() with { NextAttemptAt = FixedTime.Start }] }, waiting.Revision, default);
        Assert.True(due > FixedTime.Start); // it had backed off

        Assert.Equal(1, await later.Delivery.RunOnceAsync(default));
        Assert.Contains(waiting.Id, Json(Assert.Single(later.Sent())));
        Assert.Empty(await later.Bot.Tickets.ListWithPendingAsync(default));
    }

    [Fact]
    public async Task TheRequesterCanReopenAnAnsweredTicket()
    {
        var s = new EscalationScenario();
        await s.SubmitAsync(Requester, Form());
        var id = TicketId.Format(FixedTime.Start.Year, 1);
        await s.ClickAsync(Anna, "ticket.answer", id, answer: "Skatiet 5. pantu.");

        var reopened = await s.ClickAsync(Requester, "ticket.reopen", id);

        Assert.Contains("atvērts atkārtoti", Json(reopened));
        Assert.Contains("Skatiet 5. pantu.", Json(reopened)); // the card the requester clicked keeps the answer
        Assert.DoesNotContain("ticket.reopen", Json(reopened));
        var ticket = await s.Bot.Tickets.GetAsync(id, default);
        Assert.Equal(TicketStatus.New, ticket!.Status);
        Assert.Null(ticket.Answer);
    }

    /// <summary>
    /// Anna's card still shows the answered ticket when the requester reopens it: her "close" on that card must not
    /// close the reopened ticket. She gets the current card instead, and closing from it works.
    /// </summary>
    [Fact]
    public async Task AClickOnACardDrawnBeforeTheLatestStepIsRefusedWithTheCurrentCard()
    {
        var s = new EscalationScenario();
        await s.SubmitAsync(Requester, Form());
        var id = TicketId.Format(FixedTime.Start.Year, 1);
        var answeredCard = await s.ClickAsync(Anna, "ticket.answer", id, answer: "Skatiet 5. pantu.");
        var stepOnAnnasCard = (int)answeredCard.Descendants().OfType<JObject>().First(o => (string?)o["action"] == "ticket.close")["rev"]!;
        await s.ClickAsync(Requester, "ticket.reopen", id);

        var refused = Json(await s.ClickAsync(Anna, "ticket.close", id, step: stepOnAnnasCard));

        Assert.Contains("pa to laiku ir mainījies", refused);
        Assert.Contains("Statuss: jauns", refused);
        Assert.Equal(TicketStatus.New, (await s.Bot.Tickets.GetAsync(id, default))!.Status);

        var closed = Json(await s.ClickAsync(Anna, "ticket.close", id));
        Assert.Contains("Statuss: slēgts", closed);
        Assert.Equal(TicketStatus.Closed, (await s.Bot.Tickets.GetAsync(id, default))!.Status);
    }

    /// <summary>Posting the card and delivering the answer change the stored ticket, not the card: its buttons stay valid.</summary>
    [Fact]
    public async Task DeliveriesDoNotMakeACardStale()
    {
        var s = new EscalationScenario();
        await s.SubmitAsync(Requester, Form());
        var id = TicketId.Format(FixedTime.Start.Year, 1);
        var before = (await s.Bot.Tickets.GetAsync(id, default))!;

        Assert.Equal(1, await s.Delivery.RunOnceAsync(default)); // the card goes to the channel
        var after = (await s.Bot.Tickets.GetAsync(id, default))!;
        Assert.True(after.Revision > before.Revision);

        Assert.Contains("Statuss: piešķirts", Json(await s.ClickAsync(Anna, "ticket.claim", id, step: before.Step)));
    }

    [Fact]
    public async Task PendingDeliveriesAreForAdminsOnly()
    {
        var s = new EscalationScenario();

        var reply = await s.SayAsync(Requester, "pending deliveries", "en-US");

        Assert.Contains("for admins only", reply.Single().AsMessageActivity().Text);
    }

    [Fact]
    public async Task TheChannelIsPostedToThroughTheReferenceRememberedWhenTheBotSawIt()
    {
        var s = new EscalationScenario(channelConfigured: false);
        var options = new ChatAssistant.Bot.Escalation.EscalationOptions { ConsultationChannelId = ChannelId }; // no service URL configured
        var bot = new TestBot(s.Bot.DatabasePath, options, s.Bot.Time);
        await s.SubmitAsync(Requester, Form());
        var outbound = new Microsoft.Bot.Builder.Adapters.TestAdapter(Microsoft.Bot.Connector.Channels.Msteams);
        Assert.Equal(0, await bot.Delivery(outbound).RunOnceAsync(default)); // the channel is named but never seen

        var seen = new Microsoft.Bot.Builder.Adapters.TestAdapter(Channel("consultant-anna", "Anna Konsultante"));
        await seen.ProcessActivityAsync(new Microsoft.Bot.Schema.Activity { Type = "conversationUpdate", MembersAdded = [] }, bot.Bot.OnTurnAsync, default);
        var waiting = Assert.Single(await bot.Tickets.ListWithPendingAsync(default));
        await bot.Tickets.TryUpdateAsync(waiting with { Pending = [waiting.Pending[0] with { NextAttemptAt = FixedTime.Start }] }, waiting.Revision, default);

        Assert.Equal(1, await bot.Delivery(outbound).RunOnceAsync(default));
        var post = outbound.ActiveQueue.Dequeue();
        Assert.Equal(ChannelId, post.Conversation.Id);
        Assert.Equal(ServiceUrl, post.ServiceUrl);
    }

    [Fact]
    public async Task TwoInstancesRunningTheOutboxAtOncePostTheTicketOnce()
    {
        var s = new EscalationScenario();
        for (var i = 0; i < 5; i++) await s.SubmitAsync(Requester, Form("form-" + i));
        var other = new TestBot(s.Bot.DatabasePath, s.Bot.EscalationOptions.Value, s.Bot.Time); // a second instance on the same store
        var otherOutbound = new Microsoft.Bot.Builder.Adapters.TestAdapter(Microsoft.Bot.Connector.Channels.Msteams);

        var delivered = await Task.WhenAll(Task.Run(() => s.Delivery.RunOnceAsync(default)), Task.Run(() => other.Delivery(otherOutbound).RunOnceAsync(default)));

        Assert.Equal(5, delivered.Sum());
        Assert.Equal(5, s.Sent().Count + otherOutbound.ActiveQueue.Count);
        Assert.Empty(await s.Bot.Tickets.ListWithPendingAsync(default));
    }

    [Theory]
    [InlineData("eskalēt")]
    [InlineData("mani pieteikumi")]
    public async Task TicketsAreHandledOnlyInAPersonalChatNeverInFrontOfAGroup(string command)
    {
        var s = new EscalationScenario();
        await s.SubmitAsync(Requester, Form());
        var group = Personal("user-req");
        group.Conversation = new Microsoft.Bot.Schema.ConversationAccount(isGroup: true, id: "19:group@thread.v2", conversationType: "groupChat");

        var reply = await s.TurnAsync(group, new Microsoft.Bot.Schema.Activity
        {
            Type = "message", Text = "<at>ChatAssistant</at> " + command,
            Entities = [new Microsoft.Bot.Schema.Entity("mention") { Properties = Newtonsoft.Json.Linq.JObject.Parse("""{"mentioned":{"id":"bot-id","name":"ChatAssistant"},"text":"<at>ChatAssistant</at>"}""") }],
        });

        var text = Json(reply.Single());
        Assert.Contains("personīgajā tērzēšanā", text);
        Assert.DoesNotContain("ietekmes", text);
    }

    [Fact]
    public async Task AFormIdSentBySomeoneElseMakesTheirOwnTicketNotAViewOfTheFirst()
    {
        var s = new EscalationScenario();
        await s.SubmitAsync(Requester, Form("shared-form"));

        var other = await s.SubmitAsync(Personal("user-other", "Cits"), Form("shared-form", ("question", "Mans jautājums")));

        Assert.Equal(2, (await s.Bot.Tickets.ListAllAsync(default)).Count);
        Assert.DoesNotContain("ietekmes", Json(other.Single()));
    }

    [Fact]
    public async Task AnOverlongAnswerKeepsTheTicketCardAndSaysWhy()
    {
        var s = new EscalationScenario();
        await s.SubmitAsync(Requester, Form());
        var id = TicketId.Format(FixedTime.Start.Year, 1);

        var card = Json(await s.ClickAsync(Anna, "ticket.answer", id, answer: new string('a', 5000)));

        Assert.Contains("Atbilde ir pārāk gara", card);
        Assert.Contains(id, card);
        Assert.Equal(TicketStatus.New, (await s.Bot.Tickets.GetAsync(id, default))!.Status);
    }
}
