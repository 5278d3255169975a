using ChatAssistant.Knowledge.Answers;

namespace ChatAssistant.Knowledge.Tests.Answers;

/// <summary>
/// What the card does not state is not answered with the nearest fact: who approves, signs or funds the acts, who
/// holds a role in a named place, which role carries A or L, what an act says, what PPP stands for. The reply says
/// what the card does not say, what it does say, and offers escalation.
/// </summary>
public class HonestDeclineTests(RealKnowledge real) : IClassFixture<RealKnowledge>
{
    [Theory]
    [InlineData("kas apstiprina šos normatīvos aktus?", "Kartītē nav teikts, kas apstiprina")]
    [InlineData("kurš apstiprina aktus, ko es kā pakalpojuma vadītājs izstrādāju?", "Kartītē nav teikts, kas apstiprina")]
    [InlineData("who signs the special regulatory acts?", "does not say who signs")]
    [InlineData("who pays for drafting these regulations?", "does not say who funds")]
    [InlineData("no kura budžeta finansē šo aktu izstrādi?", "Kartītē nav teikts, kas finansē")]
    [InlineData("which ministry is the resource portfolio owner for our municipality?", "names no particular person or institution")]
    [InlineData("vai pakalpojuma saimniekam tabulā ir A vai L?", "nevar droši salasīt, kurai lomai ir A")]
    [InlineData("ko tieši nosaka MK noteikumi Nr. 399?", "saturu kartīte neapraksta")]
    [InlineData("what does PPP stand for?", "does not spell out the abbreviation")]
    [InlineData("which role sends the draft to the Cabinet for adoption?", "does not say who submits")]
    [InlineData("kas pārstāv iestādi tiesā, ja noteikumus apstrīd?", "Kartītē nav teikts, kas pārstāv")]
    [InlineData("who keeps the central register of our special acts?", "does not say who keeps a register")]
    [InlineData("who decides that a service is closed down?", "does not say who decides")]
    [InlineData("who translates the acts into English?", "does not say who does that")]
    [InlineData("If we lack normatīvo aktu izveides competences inside, who pays for external legal consultants?", "Kartītē nav teikts, kas finansē")]
    [InlineData("vai VARAM ir musu resursu kopuma saimnieks?", "Kartīte nenosauc nevienu konkrētu cilvēku vai iestādi")]
    [InlineData("Which of the four roles carries the A marker for this task and which carries the L marker?", "does not show reliably which role carries A")]
    [InlineData("Can you translate my whole draft of MK noteikumi into English?", "I don't know")]
    [InlineData("Man dators neļauj ielogoties lietvedības sistēmā, ko darīt?", "Es to nezinu")]
    [InlineData("Kurai no četrām lomām šajā uzdevumā ir apzīmējums A un kurai L?", "nevar droši salasīt, kurai lomai ir A")]
    [InlineData("vai Berzina kundze ir resursu kopuma vaditaja pie mums", "Kartīte nenosauc nevienu konkrētu cilvēku vai iestādi")]
    [InlineData("Vai mūsu IT departamenta direktors ir resursu kopuma saimnieks?", "Kartīte nenosauc nevienu konkrētu cilvēku vai iestādi")]
    [InlineData("Does the service manager approve the acts?", "does not say who approves")]
    [InlineData("vai resursa vadītājs paraksta aktus?", "Kartītē nav teikts, kas paraksta")]
    [InlineData("which role is responsible for notifying staff about the new rules?", "does not say who does that")]
    [InlineData("kurš izsludina jaunos noteikumus?", "Kartītē nav teikts, kas izdod vai publicē")]
    [InlineData("kurš vīzē noteikumu projektu?", "Kartītē nav teikts, kas apstiprina")]
    [InlineData("vai kartītē ir teikts, kurš pieņem šos aktus?", "Kartītē nav teikts, kas pieņem")]
    [InlineData("When is the new regulation expected to be adopted?", "I don't know")]
    [InlineData("kad tieši būs gatavi jaunie noteikumi?", "Es to nezinu")]
    [InlineData("Ja pakalpojuma vadītājs un resursa vadītājs nevar vienoties par akta saturu, kurš pieņem galīgo lēmumu?", "Kartītē nav teikts, kas izšķir lomu domstarpības")]
    [InlineData("kam jāapstiprina speciālie akti?", "Kartītē nav teikts, kas apstiprina")]
    [InlineData("My VPN token expired and I can't log into the ministry network from home. Who do I contact?", "I don't know")]
    [InlineData("how many vacation days do I have left this year?", "I don't know")]
    [InlineData("does the Cabinet have to approve our special acts or can we do it in-house?", "does not say who approves")]
    [InlineData("Vai man jāsaskaņo akta projekts ar juridisko nodaļu?", "Kartītē nav teikts, kas apstiprina")]
    [InlineData("vai VARAM saskano musu specialos aktus pirms pienemsanas?", "Kartītē nav teikts, kas apstiprina")]
    [InlineData("Kurai lomai šajā uzdevumā ir burts A un kurai L?", "nevar droši salasīt, kurai lomai ir A")]
    [InlineData("Kas no ārpuses uzrauga, vai iestādes šo uzdevumu tiešām pilda?", "Kartītē nav teikts, kas uzrauga vai kontrolē")]
    [InlineData("Is the head of our department automatically the resource portfolio owner?", "names no particular person or institution")]
    [InlineData("vai domes priekšsēdētājs ir pakalpojumu kopuma vadītājs?", "Kartīte nenosauc nevienu konkrētu cilvēku vai iestādi")]
    [InlineData("Which of the roles is marked L on the card?", "does not show reliably which role carries A")]
    [InlineData("could you help me write a grant application for the new e-service?", "I don't know")]
    [InlineData("Cik nedēļu laikā pēc izmaiņām mums jāpielāgo savi akti?", "Es to nezinu")]
    [InlineData("Cik atvaļinājuma dienu man vēl palikušas?", "Es to nezinu")]
    [InlineData("Teams nerāda man jaunās ziņas, ko darīt?", "Es to nezinu")]
    [InlineData("vai mūsu valsts sekretārs ir resursu kopuma saimnieks?", "Kartīte nenosauc nevienu konkrētu cilvēku vai iestādi")]
    [InlineData("kurš pārrauga, vai pakalpojuma vadītājs ir izstrādājis vajadzīgos aktus?", "Kartītē nav teikts, kas uzrauga vai kontrolē")]
    [InlineData("Who is to blame if nobody drafts the acts?", "does not say who imposes penalties")]
    [InlineData("tabulā ir A un L - kurš tad ir A un kurš L?", "nevar droši salasīt, kurai lomai ir A")]
    [InlineData("Who is the service owner for our case management system at the ministry?", "names no particular person or institution")]
    [InlineData("labi, bet kas viņš ir mūsu ministrijā?", "Es to nezinu")]
    [InlineData("Kurš pārbauda, vai resursa vadītājs savus pienākumus tiešām izpilda?", "Kartītē nav teikts, kas uzrauga vai kontrolē")]
    [InlineData("Vai mūsu izpilddirektors automātiski ir resursu kopuma saimnieks?", "Kartīte nenosauc nevienu konkrētu cilvēku vai iestādi")]
    [InlineData("Kā aprēķināt piemaksu par papildu pienākumiem, ja esmu arī resursa vadītājs?", "Kartītē nav teikts")]
    // A who-question in a later sentence.
    [InlineData("Jaunā dienas centra nolikums ir gatavs. Kurš to apstiprina — dome vai izpilddirektors?", "Kartītē nav teikts, kas apstiprina")]
    [InlineData("Kurš VARAM darbinieks ir atbildīgs tieši par mūsu pašvaldību?", "Kartīte nenosauc nevienu konkrētu cilvēku vai iestādi")]
    [InlineData("Vai speciālo aktu projekti ir jāsaskaņo ar Tieslietu ministriju vai jānodod sabiedriskajai apspriešanai?", "Es to nezinu")]
    [InlineData("Vai mūsu departamenta direktore Inese Kalniņa ir uzskatāma par iestādes pakalpojumu kopuma saimnieku?", "Kartīte nenosauc nevienu konkrētu cilvēku vai iestādi")]
    [InlineData("Vai Jūs varētu pārbaudīt, vai mana līguma projekta 5. punkts atbilst Civillikuma noteikumiem?", "Es to nezinu")]
    public void TheCardDoesNotSaySoTheAnswerSaysThat(string question, string expected)
    {
        var answer = real.Engine.Ask(question);
        Assert.Equal(AnswerStatus.Unknown, answer.Status);
        Assert.True(answer.OfferEscalation);
        Assert.Null(answer.UnitId);
        Assert.Contains(expected, answer.Direct);
    }

    [Theory]
    [InlineData("who drafts new acts for a specific service?", "PU2-6:duty:service-owner.develop")]
    [InlineData("kas koordinē jaunu iestādes pakalpojumu pārvaldības speciālo normatīvo aktu izstrādi?", "PU2-6:duty:service-portfolio-owner.develop")]
    [InlineData("kurš uzdevums attiecas uz pakalpojumu finanšu pārvaldību?", "task:PU3-4")]
    [InlineData("kas izstrādā regulējumu pašvaldībai?", "PU2-6:section:developers")]
    [InlineData("who decides which acts a specific service needs?", "PU2-6:duty:service-owner.identify")]
    [InlineData("who cordinates new acts for the resorce portfolio", "PU2-6:duty:resource-portfolio-owner.develop")]
    [InlineData("who is in charge of making changes to existing acts for one resource?", "PU2-6:duty:resource-owner.amend")]
    [InlineData("who drafts new rules for one specific resource, like our archive system?", "PU2-6:duty:resource-owner.develop")]
    [InlineData("risk if we skip this for now? budget is tight", "PU2-6:section:threats")]
    [InlineData("Kurš pie mums raksta jaunos noteikumus konkrētam pakalpojumam, piemēram, dienas centram? Es kā vadītāja vai kāds cits?", "PU2-6:duty:service-owner.develop")]
    [InlineData("ok so esmu pakalpojumu kopuma vaditajs, akti jau uzrakstiti un pienemti, ko daru talak", "PU2-6:phase:after")]
    [InlineData("caller from an agency: who works out which special acts the institution needs for managing all its services?", "PU2-6:duty:service-portfolio-owner.identify")]
    [InlineData("kurs izstrada jaunus aktus konkretam resursam", "PU2-6:duty:resource-owner.develop")]
    [InlineData("esmu resursa vaditaja, noteikumi ir bet veci. ko darit", "PU2-6:duty:resource-owner.amend")]
    [InlineData("kas tas PU3-1", "task:PU3-1")]
    [InlineData("kad akti gatavi, ko tad dara", "PU2-6:phase:after")]
    [InlineData("Vai par jaunās pakalpojumu pārvaldības politikas ieviestajām izmaiņām var vērsties VARAM?", "PU2-6:section:consultation")]
    [InlineData("uz ko jaskatas ipasi", "PU2-6:section:attention")]
    [InlineData("Kurai iestādei jautāt, ja neesmu droša, kā jaunā politika mainīs mūsu noteikumus?", "PU2-6:section:consultation")]
    [InlineData("kadi ir resursu kopuma vaditaja pienakumi specialo aktu izstrade?", "PU2-6:role:resource-portfolio-owner")]
    [InlineData("Kurš pašvaldībā koordinē jaunu iestādes līmeņa pakalpojumu pārvaldības aktu izstrādi?", "PU2-6:duty:service-portfolio-owner.develop")]
    [InlineData("Esmu pakalpojuma saimniece. Kad jau zinu, kuri jauni akti vajadzīgi, ko daru tālāk?", "PU2-6:duty:service-owner.develop")]
    [InlineData("Es kā pakalpojuma vadītāja tagad esmu tieši projekta rakstīšanas vidū. Kas man šajā posmā jādara?", "PU2-6:phase:while")]
    // The card gives the legend of the markers; only which role carries which cannot be read.
    [InlineData("what do the A and L markers mean in the roles table?", "PU2-6:levels")]
    [InlineData("Our register (resource) has an internal regulation which is outdated. Who is responsible to make the changes in it?", "PU2-6:duty:resource-owner.amend")]
    [InlineData("as resource owner, what do I do here?", "PU2-6:role:resource-owner")]
    [InlineData("kad akts jau pieņemts, kas jādara?", "PU2-6:phase:after")]
    [InlineData("as service owner, do I write the new acts myself?", "PU2-6:duty:service-owner.develop")]
    [InlineData("ko dara resursa vadītājs? vajag amata aprakstam", "PU2-6:role:resource-owner")]
    [InlineData("who amends the internal rules of our municipal vehicle fleet, one resource?", "PU2-6:duty:resource-owner.amend")]
    [InlineData("What should we pay particular attention to when we write our special acts?", "PU2-6:section:attention")]
    [InlineData("Kad noteikumi pieņemti, kas jādara tālāk ar darbiniekiem?", "PU2-6:phase:after")]
    [InlineData("what is PPP on the last slide?", "PU2-6:section:additional-info")]
    [InlineData("Es kā pakalpojuma saimnieks gribu mainīt sociālās palīdzības saistošos noteikumus – ko man darīt?", "PU2-6:duty:service-owner.amend")]
    [InlineData("Esmu pakalpojumu kopuma vadītājs. Mēs jau esam apzinājuši, kādi speciālie akti iestādei vajadzīgi. Kas man jādara tālāk?", "PU2-6:duty:service-portfolio-owner.develop")]
    [InlineData("es atbildu par buvatlauju pakalpojumu. kas man jadara?", "PU2-6:role:service-owner")]
    [InlineData("Kas resursa vadītājam jādara šajā uzdevumā?", "PU2-6:role:resource-owner")]
    [InlineData("Esmu pakalpojuma vadītājs vienam e-pakalpojumam, un man ir jāsagatavo jauni iekšējie noteikumi. Kas no manis šajā uzdevumā tiek gaidīts kopumā?", "PU2-6:role:service-owner")]
    [InlineData("I'm a service owner. The regulation for my service was adopted a while ago and not everyone follows it. What should I do at this point?", "PU2-6:phase:after")]
    [InlineData("what's PU3-4? finance is my turf so just curious", "task:PU3-4")]
    [InlineData("Situācija: mūsu iestādes resursu noteikumos jāieliek papildinājumi, kas attiecas uz visiem resursiem. Who coordinates amendments to those existing institution-level acts?", "PU2-6:duty:resource-portfolio-owner.amend")]
    public void WhatTheCardAssignsIsStillAnswered(string question, string unit) =>
        Assert.Equal(unit, real.Engine.Ask(question).UnitId);

    [Theory]
    [InlineData("will the regulation change?", "PU2-6:section:attention")]
    [InlineData("vai regulējums tiek pārstrādāts?", "PU2-6:section:attention")]
    [InlineData("kādas izmaiņas gaidāmas regulējumā?", "PU2-6:section:consultation")]
    [InlineData("where can I find out about the upcoming changes?", "PU2-6:section:consultation")]
    public void ExpectedChangesAreAnsweredFromTheCardAndOfferTheConsultation(string question, string unit)
    {
        var answer = real.Engine.Ask(question);

        Assert.Equal(AnswerStatus.Consult, answer.Status);
        Assert.Equal(unit, answer.UnitId);
        Assert.True(answer.OfferEscalation);
    }

    [Fact]
    public void AndAfterThatAsksForTheNextPhase()
    {
        var before = real.Engine.Ask("what do we do before creating the regulation?");
        var next = real.Engine.Ask("and after that?", previous: before.Context);
        var last = real.Engine.Ask("un pēc tam?", previous: next.Context);

        Assert.Equal("PU2-6:phase:before", before.UnitId);
        Assert.Equal("PU2-6:phase:while", next.UnitId);
        Assert.Equal("PU2-6:phase:after", last.UnitId);
    }
}
