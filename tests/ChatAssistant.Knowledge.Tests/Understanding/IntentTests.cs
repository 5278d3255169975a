namespace ChatAssistant.Knowledge.Tests.Understanding;

/// <summary>Small talk and feature requests, in both languages and anywhere in a sentence; questions stay questions.</summary>
public class IntentTests(RealKnowledge real) : IClassFixture<RealKnowledge>
{
    [Theory]
    [InlineData("Sveiki!", "smalltalk:greeting")]
    [InlineData("show me the questions I sent to VARAM", "feature:my-tickets")]
    [InlineData("gribu redzēt savus kontrolsarakstus", "feature:my-checklists")]
    [InlineData("lūdzu, nododiet šo tālāk, konsultācijai", "feature:escalate")]
    [InlineData("could I see the questions I've passed to VARAM?", "feature:my-tickets")]
    [InlineData("give me a step-by-step list for the service manager", "feature:checklist:service-owner")]
    [InlineData("Labdien, ceru, ka jums viss labi!", "smalltalk:greeting")]
    [InlineData("palīdzība?", "smalltalk:capabilities")]
    [InlineData("ar ko tu vari noderēt?", "smalltalk:capabilities")]
    [InlineData("what can this assistant do?", "smalltalk:capabilities")]
    [InlineData("Dear bot, please introduce yourself", "smalltalk:who")]
    [InlineData("hey, good morning", "smalltalk:greeting")]
    [InlineData("labdien, kā iet?", "smalltalk:greeting")]
    [InlineData("paldies par palīdzību", "smalltalk:thanks")]
    [InlineData("Thank you for the clarification; that is sufficient for my memorandum.", "smalltalk:thanks")]
    [InlineData("ok, ata, lidz ritdienai", "smalltalk:goodbye")]
    [InlineData("That's all for today, thanks. Have a good evening!", "smalltalk:goodbye")]
    [InlineData("kas tu vispār esi? cilvēks vai robots?", "smalltalk:who")]
    [InlineData("what can you actually help me with?", "smalltalk:capabilities")]
    [InlineData("ko tu vispar proti", "smalltalk:capabilities")]
    [InlineData("man vajag kontrolsarakstu resursa vadītājam", "feature:checklist:resource-owner")]
    [InlineData("could you put together the step checklist for someone who owns a single service?", "feature:checklist:service-owner")]
    [InlineData("give me a checklist", "feature:checklist")]
    [InlineData("show me my checklist", "feature:my-checklists")]
    [InlineData("tb uztaisi pls checklistu visam uzdevumam", "feature:checklist")]
    [InlineData("gribetu redzet savus saglabatos sarakstus", "feature:my-checklists")]
    [InlineData("How far I am with the checklist I started for pakalpojuma vadītājs? Show my progress.", "feature:my-checklists")]
    [InlineData("kā man iet ar maniem kontrolsarakstiem?", "feature:my-checklists")]
    [InlineData("kur varu redzēt savus pieteikumus?", "feature:my-tickets")]
    [InlineData("vai varu apskatīt manu eskalēto jautājumu statusu?", "feature:my-tickets")]
    [InlineData("can I talk to a human?", "feature:escalate")]
    [InlineData("šito tu laikam nezini, nodod lūdzu manu jautājumu VARAM konsultantam", "feature:escalate")]
    [InlineData("nodot jautājumu VARAM", "feature:escalate")]
    [InlineData("Vēlos, lai šo jautājumu izskata VARAM konsultants.", "feature:escalate")]
    [InlineData("Labi, pārsūtiet manu jautājumu viņiem.", "feature:escalate")]
    [InlineData("vai mans tikets par MK 399 jau ir atbildets?", "feature:my-tickets")]
    [InlineData("Parādi, lūdzu, manus pieteikumus, ko iepriekš nodevu tālāk konsultantam.", "feature:my-tickets")]
    [InlineData("Is the escalation ticket I opened on Monday still open, or has someone answered it?", "feature:my-tickets")]
    [InlineData("I'd like this question passed on to someone at VARAM.", "feature:escalate")]
    [InlineData("Kur es varu atrast tos sarakstus, ko iepriekš saglabāju?", "feature:my-checklists")]
    [InlineData("Ar ko es īsti runāju?", "smalltalk:who")]
    [InlineData("Uztaisi man, lūdzu, pārbaudes sarakstu visam šim uzdevumam, ko varu izdrukāt.", "feature:checklist")]
    [InlineData("Gribētu redzēt, kurus kontrolsarakstus esmu jau iesākusi un cik tālu ar tiem tikusi.", "feature:my-checklists")]
    [InlineData("Negribu kļūdīties, tāpēc labāk, ja pāradresē šo jautājumu VARAM konsultantam.", "feature:escalate")]
    [InlineData("Sveiki, sveiki! Vai kāds tur ir?", "smalltalk:greeting")]
    [InlineData("Labi, tad nodod, lūdzu, manu jautājumu viņiem.", "feature:escalate")]
    [InlineData("man jautajums bija aizsutits tallak, kas ar to notiek", "feature:my-tickets")]
    [InlineData("kur es varu redzet savu progresu pa soliem?", "feature:my-checklists")]
    [InlineData("Mūsu pakalpojumu kopuma vadītājam arī vajag sarakstu ar soļiem – vari viņam tādu izveidot?", "feature:checklist:service-portfolio-owner")]
    [InlineData("Has anyone picked up the question I escalated on Monday?", "feature:my-tickets")]
    [InlineData("do we have any pending tickets with VARAM?", "feature:my-tickets")]
    [InlineData("Labdien! Man būtu pāris jautājumu kolēģes vārdā.", "smalltalk:greeting")]
    [InlineData("Hi, I have a few questions, can we start?", "smalltalk:greeting")]
    [InlineData("uzredzēšanos un paldies", "smalltalk:goodbye")]
    [InlineData("Labdien, vai te kāds ir?", "smalltalk:greeting")]
    [InlineData("OK, I'm logging off now. Cheers.", "smalltalk:goodbye")]
    [InlineData("Good afternoon! Hope all is well on your end.", "smalltalk:greeting")]
    [InlineData("labi, tad savieno ar konsultantu", "feature:escalate")]
    [InlineData("Please give me the resource manager's steps as a checklist so that I can track progress.", "feature:checklist:resource-owner")]
    [InlineData("Vai jūs esat ministrijas darbinieks vai bots?", "smalltalk:who")]
    [InlineData("Vakar nosūtīju eskalāciju par MK 402 — vai var pārbaudīt, kas ar to notiek?", "feature:my-tickets")]
    [InlineData("uztaisi man čeklistu resursu kopuma vadītājam", "feature:checklist:resource-portfolio-owner")]
    [InlineData("labdien, vai jūs mani dzirdat", "smalltalk:greeting")]
    [InlineData("gribu soli-pa-solim sarakstu resursa vadītājam", "feature:checklist:resource-owner")]
    [InlineData("vajag sarakstu ar kastītēm, ko atķeksēt, pakalpojuma vadītājam", "feature:checklist:service-owner")]
    [InlineData("Nevarēju atrast atbildi, tāpēc lūdzu, lai šis jautājums tiek nosūtīts VARAM konsultantam.", "feature:escalate")]
    [InlineData("vai man ir kādi neatbildēti pieteikumi?", "feature:my-tickets")]
    [InlineData("cik soļus esmu jau izpildījis no sava saraksta?", "feature:my-checklists")]
    [InlineData("Sagatavojiet, lūdzu, resursu kopuma vadītāja darbību sarakstu, ko varu nosūtīt kolēģim.", "feature:checklist:resource-portfolio-owner")]
    [InlineData("make me a list of the steps for the service manager", "feature:checklist:service-owner")]
    [InlineData("Gribu, lai mans jautājums tiek pārsūtīts kādam ministrijas speciālistam.", "feature:escalate")]
    [InlineData("can you pass my question on to VARAM?", "feature:escalate")]
    [InlineData("Any news on the escalation ticket I opened?", "feature:my-tickets")]
    [InlineData("sastādiet man resursa saimnieces kontrolsarakstu", "feature:checklist:resource-owner")]
    [InlineData("par kadiem jautajumiem vari palidzet", "smalltalk:capabilities")]
    [InlineData("Gatavoju rakstu kolēģiem — kādos jautājumos tu vari palīdzēt?", "smalltalk:capabilities")]
    [InlineData("Before I begin, could you tell me what sort of questions you are able to help with?", "smalltalk:capabilities")]
    [InlineData("Have a pleasant weekend - I shall no doubt be back on Monday.", "smalltalk:goodbye")]
    [InlineData("May I ask who, or perhaps rather what, I am speaking to?", "smalltalk:who")]
    [InlineData("who r u", "smalltalk:who")]
    [InlineData("can you raise a ticket w/ VARAM re when the new regs come into force", "feature:escalate")]
    [InlineData("kur ir mani jautājumi, kurus nosūtīju uz VARAM?", "feature:my-tickets")]
    [InlineData("paldies. kur es varēšu redzēt atbildi?", "feature:my-tickets")]
    [InlineData("any update on my ticket?", "feature:my-tickets")]
    public void MessageIsUnderstoodAsItsIntent(string message, string intent) =>
        Assert.Equal(intent, real.Engine.Ask(message).UnitId);

    [Theory]
    [InlineData("sveiki, kas izstrādā normatīvos aktus konkrētam pakalpojumam?", "PU2-6:duty:service-owner.develop")]
    [InlineData("who is responsible for drafting a service-specific act?", "PU2-6:duty:service-owner.develop")]
    [InlineData("kādas izmaiņas gaidāmas normatīvajā regulējumā?", "PU2-6:section:consultation")]
    // Whether to consult VARAM is a question the card answers, not a request to pass anything on.
    [InlineData("heard the regs are being reworked. should we talk to VARAM before we start drafting?", "PU2-6:section:consultation")]
    [InlineData("vai par sagaidamajam izmainam var jautat VARAM?", "PU2-6:section:consultation")]
    // A ticketing system is a resource, not the person's tickets.
    [InlineData("our ticketing system counts as a resource right? so who figures out which acts it needs", "PU2-6:duty:resource-owner.identify")]
    public void QuestionsAreNotTakenForSmallTalkOrRequests(string question, string unit) =>
        Assert.Equal(unit, real.Engine.Ask(question).UnitId);

    [Fact]
    public void SmallTalkNeverOffersEscalation()
    {
        foreach (var message in new[] { "Sveiki!", "paldies", "bye", "who are you?", "what can you do?" })
        {
            var answer = real.Engine.Ask(message);
            Assert.Equal(ChatAssistant.Knowledge.Answers.AnswerStatus.Conversation, answer.Status);
            Assert.False(answer.OfferEscalation, message);
        }
    }
}
