namespace ChatAssistant.Knowledge.Tests.Answers;

/// <summary>What the question asks for decides between units that share its words.</summary>
public class RankingTests(RealKnowledge real) : IClassFixture<RealKnowledge>
{
    [Theory]
    // "aktu izstrādi" names the task's work here, not the drafting duty.
    [InlineData("Kuri N kodi ir saistīti ar speciālo aktu izstrādi?", "PU2-6:conditions")]
    [InlineData("What's the tangible output of this task?", "PU2-6:section:results")]
    [InlineData("What information I should have at hand before drafting?", "PU2-6:section:information")]
    [InlineData("Kas izstrādā speciālos aktus konkrētam pakalpojumam?", "PU2-6:duty:service-owner.develop")]
    // A level named is not a lifecycle stage; "saistīts ar" in a task's description is no word of its name.
    [InlineData("vai tas attiecas ari uz nodrosinajuma limeni?", "PU2-6:levels")]
    [InlineData("Kā sauc uzdevumu, kas saistīts ar nemitīgu pilnveidi, un kāds ir tā identifikators?", "task:PU3-1")]
    [InlineData("kadi sooli peec noteikumu izstrades", "PU2-6:phase:after")]
    // A small municipality asking whether the task applies to it asks about the levels, not who develops regulation for municipalities.
    [InlineData("Kuros līmeņos šis uzdevums jādara? Mēs esam neliela pašvaldības iestāde – vai tas uz mums vispār attiecas?", "PU2-6:levels")]
    [InlineData("staffing the drafting project. skills list pls", "PU2-6:section:competences")]
    [InlineData("Dzirdēju sanāksmē, ka viss regulējums drīz mainīsies. Vai tā tiešām ir taisnība?", "PU2-6:section:attention")]
    // "Pašvaldības iestādē" is where the asker works; who develops a municipality's regulation is not asked.
    [InlineData("Kam pašvaldības iestādē jāapzina, kuri speciālie akti iestādes pakalpojumiem ir vajadzīgi?", "PU2-6:duty:service-portfolio-owner.identify")]
    // A scale named beside a level is the levels table's, not the scope of a role's acts.
    [InlineData("Kura loma strādā pamatdarbības līmenī konkrēta pakalpojuma mērogā?", "PU2-6:levels")]
    [InlineData("Izstrādājot novada speciālos noteikumus, vai tie jāsalāgo ar vispārējiem normatīvajiem aktiem?", "PU2-6:section:attention")]
    [InlineData("kā mūsu uzdevums saistās ar pakalpojumu aprakstu uzturēšanu?", "PU2-6:related")]
    [InlineData("What should be done once the regulation has been adopted?", "PU2-6:phase:after")]
    [InlineData("Kas notiek posmā, kurā aktus faktiski izstrādā?", "PU2-6:phase:while")]
    [InlineData("ka sakt, ja vajag jaunus aktus?", "PU2-6:phase:before")]
    // "Resursu un spēju pārvaldība" is the resource roles' field, not the capabilities the task needs.
    [InlineData("kas koordinē jaunus aktus resursu un spēju pārvaldībai visā iestādē?", "PU2-6:duty:resource-portfolio-owner.develop")]
    [InlineData("who coordinates new service rules at institution level?", "PU2-6:duty:service-portfolio-owner.develop")]
    [InlineData("Direktors jautā, kurš nosaka, kādi akti vajadzīgi vienam konkrētam resursam.", "PU2-6:duty:resource-owner.identify")]
    // An instruction to summarise is no drafting duty, nor a request for a checklist.
    [InlineData("Sagatavo man kopsavilkumu par resursa vadītāja pienākumiem.", "PU2-6:role:resource-owner")]
    [InlineData("Sagatavo man short summary par šī uzdevuma ieguvumiem.", "PU2-6:section:benefits")]
    [InlineData("is info about who provides the services needed as an input?", "PU2-6:section:information")]
    [InlineData("kāpēc ir vērts šo uzdevumu darīt?", "PU2-6:section:benefits")]
    [InlineData("what is PU2-6 linked to?", "PU2-6:related")]
    [InlineData("kāda info vajadzīga, lai šo uzdevumu paveiktu?", "PU2-6:section:information")]
    // An archive named as the resource someone looks after is no question about keeping a register.
    [InlineData("Tas, kurš atbild par konkrētu resursu (pie mums arhīvs) – kas viņam šeit jādara?", "PU2-6:role:resource-owner")]
    [InlineData("Kurš izstrādā jaunu kārtību konkrētam pakalpojumam, piemēram, arhīva izziņām?", "PU2-6:duty:service-owner.develop")]
    [InlineData("Cik tasku kopā ir šajā framework?", "catalogue:count")]
    [InlineData("Remind me what PU2-9 is?", "task:PU2-9")]
    [InlineData("Walk me through what happens in the drafting phase.", "PU2-6:phase:while")]
    // Money or leave mentioned as the reason or the circumstance is no question about them.
    [InlineData("Kādas kompetences vajag šim darbam? Plānoju apmācības, budžets ir ierobežots.", "PU2-6:section:competences")]
    [InlineData("Who coordinates changes to the institution's existing resource acts? I'm asking for my boss, he is on vacation.", "PU2-6:duty:resource-portfolio-owner.amend")]
    [InlineData("Kuri ir galvenie valsts mēroga vispārējie akti, ar kuriem jāsalāgo?", "PU2-6:legal-acts")]
    [InlineData("should we check w/ varam first?", "PU2-6:section:consultation")]
    [InlineData("izmaiņas regulējumā gaidāmas?", "PU2-6:section:attention")]
    [InlineData("Kāda papildu informācija ir pieejama?", "PU2-6:section:additional-info")]
    [InlineData("vai novada noteikumiem jābūt salāgotiem ar valsts vispārējiem aktiem?", "PU2-6:section:attention")]
    [InlineData("resursu kopuma saimnieka pienākumi normatīvo aktu izstrādē", "PU2-6:role:resource-portfolio-owner")]
    [InlineData("does this task connect to the KPI task?", "PU2-6:related")]
    [InlineData("ko darīt, kad regulējums izveidots?", "PU2-6:phase:after")]
    // IDs as dictation writes them.
    [InlineData("kas ir pu divi četri", "task:PU2-4")]
    [InlineData("list the pu one tasks", "catalogue:group:PU1")]
    [InlineData("ko nozīmē en divi viens", "condition:N2-1")]
    // A kind of resource named instead of the word, and a dative typed with a swap.
    [InlineData("who drafts new rules for our vehicle fleet equipment?", "PU2-6:duty:resource-owner.develop")]
    [InlineData("kas izstradda jaunos aktuss konkretam resusram", "PU2-6:duty:resource-owner.develop")]
    // Shorthand typed on a phone.
    [InlineData("kas apzina kadi specialie akti vajadzigi konkretam pak.?", "PU2-6:duty:service-owner.identify")]
    [InlineData("esmu pak. vaditajs, noteikumi mums ir bet novecojusi. ko man darit", "PU2-6:duty:service-owner.amend")]
    // One service, one resource: the single roles.
    [InlineData("Kurš izstrādā jaunus aktus, kas attiecas tieši uz vienu pakalpojumu?", "PU2-6:duty:service-owner.develop")]
    // A role's level asked for: the levels table.
    [InlineData("Kurā līmenī ir resursa saimnieka loma?", "PU2-6:levels")]
    // Speaking as a role, about one duty, with words between ("man laikam jāgroza", "vai tas tiešām ir mans darbs").
    [InlineData("Kā resursa vadītājai man laikam jāgroza mūsu esošie noteikumi. Vai tas tiešām ir mans darbs?", "PU2-6:duty:resource-owner.amend")]
    [InlineData("Speaking as service portfolio owner: I've identified what acts we need. What's my next step?", "PU2-6:duty:service-portfolio-owner.develop")]
    [InlineData("As a resource owner, what do I do once I've found that some acts are missing?", "PU2-6:duty:resource-owner.develop")]
    // Who in the municipality coordinates for the whole institution: a role, not the municipality's regulation.
    [InlineData("Kurš pašvaldībā koordinē jaunu resursu un spēju pārvaldības speciālo aktu izstrādi visai iestādei?", "PU2-6:duty:resource-portfolio-owner.develop")]
    [InlineData("Ar kuriem uzdevumiem PU2-6 ir saistīts?", "PU2-6:related")]
    // Remarks around the question do not make it less a question about the card.
    [InlineData("Vai man jāpārzina ITIL? Godīgi sakot, neesmu par to pat dzirdējusi.", "PU2-6:section:competences")]
    // Training as what new rules are about is no question of who trains.
    [InlineData("Mums vajag jaunu iekšējo kārtību par darbinieku apmācībām. Kurš to izstrādā — resursa vadītājs?", "PU2-6:duty:resource-owner.develop")]
    // "After the migration" names no phase of making the acts.
    [InlineData("I'm resource owner and the existing act for our resource is outdated after the migration. what should I do?", "PU2-6:duty:resource-owner.amend")]
    // Identified already, and the existing rules must change: amending comes next.
    [InlineData("Es kā pakalpojuma vadītāja atbildu par pabalstiem. Esošos noteikumus jau apzināju un redzu, ka tie jāmaina. Kas nākamais?", "PU2-6:duty:service-owner.amend")]
    [InlineData("Esmu resursu kopuma vadītāja un tikko uzzināju, ka jāmaina mūsu telpu uzskaites kārtība. Vai es pati to maina vai koordinē?", "PU2-6:duty:resource-portfolio-owner.amend")]
    [InlineData("Mani noteica par resursu kopuma saimnieci. Ar ko man jāsāk?", "PU2-6:phase:before")]
    // "Kopuma vadītājs" alone, beside a named role, is that role's portfolio.
    [InlineData("kas atbild par iestades pakalpojumu specialo aktu apzinasanu - pakalpojuma vaditajs vai kopuma vaditajs?", "PU2-6:duty:service-portfolio-owner.identify")]
    // The acts needed already known, in other words: drafting comes next.
    [InlineData("Kā pakalpojuma vadītājai man jau ir saraksts ar vajadzīgajiem aktiem. Kāds ir nākamais solis?", "PU2-6:duty:service-owner.develop")]
    [InlineData("I am a service owner and have already established which acts are missing for my service. What would be the next step?", "PU2-6:duty:service-owner.develop")]
    [InlineData("im service owner, vajadzigie akti apzinati. nakamais solis?", "PU2-6:duty:service-owner.develop")]
    // "While a colleague is on leave" names no phase; "in my capacity as" speaks as the role; "whether I am expected to draft" asks for that duty.
    [InlineData("I have been asked to act as resource portfolio manager while a colleague is on leave. Could you summarise, as concisely as possible, my responsibilities under PU2-6?", "PU2-6:role:resource-portfolio-owner")]
    [InlineData("In my capacity as owner of the institution's service portfolio, I would be grateful to know whether I am expected to draft new acts myself or merely to coordinate their development by others.", "PU2-6:duty:service-portfolio-owner.develop")]
    [InlineData("Which role operates at the scale of a specific resource?", "PU2-6:levels")]
    // Heard somewhere: whether the regulation changes, not whom to ask.
    [InlineData("vai regulejums tiks mainits? kaut kur dzirdeju", "PU2-6:section:attention")]
    [InlineData("Kāda ir visa secība no sākuma līdz beigām, lai man būtu skaidrs plāns?", "PU2-6:phase:before")]
    // One's own duty asked about from the role: "pati veicu grozījumus", "vai man pašai ir jāizstrādā", "already listed which acts".
    [InlineData("Es kā pakalpojuma vaditaja pati veicu grozījumus esošos noteikumos?", "PU2-6:duty:service-owner.amend")]
    [InlineData("Ja es esmu resursa vadītāja, vai man pašai ir jāizstrādā jaunie akti par resursa pārvaldību, vai to dara kāds cits?", "PU2-6:duty:resource-owner.develop")]
    [InlineData("I'm resource owner, already listed which acts we need. next step?", "PU2-6:duty:resource-owner.develop")]
    [InlineData("what goes wrong w/o these acts", "PU2-6:section:threats")]
    // An act named to ask for the others: the list.
    [InlineData("Vai kartītē bez Valsts pārvaldes iekārtas likuma ir uzskaitīti vēl kādi valsts mēroga vispārējie normatīvie akti?", "PU2-6:legal-acts")]
    // The phases ruled out are no phase asked about; the moment the regulation is being made is.
    [InlineData("Ko kartīte paredz darīt brīdī, kad specializētais regulējums tiek veidots, nevis pirms vai pēc tam?", "PU2-6:phase:while")]
    // The card lists each role's duties in order, identifying first; all of them is the role.
    [InlineData("kāds ir pakalpojuma vadītāja pirmais pienākums?", "PU2-6:duty:service-owner.identify")]
    [InlineData("what is the first duty of the resource manager?", "PU2-6:duty:resource-owner.identify")]
    [InlineData("Lūdzu uzskaitīt visus pienākumus, kas noteikti resursu kopuma saimniekam, norādot, vai šī loma aktus izstrādā pati vai tikai koordinē.", "PU2-6:role:resource-portfolio-owner")]
    public void TheKindOfQuestionOutweighsSharedWords(string question, string unit) =>
        Assert.Equal(unit, real.Engine.Ask(question).UnitId);
}
