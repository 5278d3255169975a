using ChatAssistant.Knowledge.Model;
using ChatAssistant.Knowledge.Understanding;

namespace ChatAssistant.Knowledge.Tests.Understanding;

public class QuestionUnderstandingTests(RealKnowledge real) : IClassFixture<RealKnowledge>
{
    private QuestionAnalysis Analyse(string question, string? locale = null) =>
        new QuestionUnderstanding(real.Knowledge.Glossary, real.Knowledge.Catalogue.Groups).Analyse(question, locale);

    [Theory]
    [InlineData("kas izstrada normativos aktus konkretam pakalpojumam", QuestionKind.Responsible)]
    [InlineData("who is responsible for drafting a service-specific act?", QuestionKind.Responsible)]
    [InlineData("Kādi ir pakalpojuma vadītāja pienākumi?", QuestionKind.RoleDuties)]
    [InlineData("what does the resource manager do", QuestionKind.RoleDuties)]
    [InlineData("kas jadara pirms normativa regulejuma izveides", QuestionKind.Steps)]
    [InlineData("Kāds ir uzdevuma veikšanas rezultāts?", QuestionKind.Outcomes)]
    [InlineData("which laws apply to service management", QuestionKind.LegalActs)]
    [InlineData("kadas kompetences vajag", QuestionKind.Competences)]
    [InlineData("Kādas digitālās tehnoloģijas vajadzīgas?", QuestionKind.Resources)]
    [InlineData("kadi limeni un merogi", QuestionKind.LevelsScales)]
    [InlineData("which service conditions depend on this task", QuestionKind.Conditions)]
    [InlineData("what is task PU3-1", QuestionKind.Task)]
    [InlineData("Ar kādiem uzdevumiem saistīts PU2-6?", QuestionKind.RelatedTasks)]
    [InlineData("which tasks are related to PU2-6", QuestionKind.RelatedTasks)]
    [InlineData("kam japievers ipasa uzmaniba", QuestionKind.Guidance)]
    [InlineData("Kādas izmaiņas gaidāmas normatīvajā regulējumā?", QuestionKind.RegulatoryChange)]
    [InlineData("will the regulation change?", QuestionKind.RegulatoryChange)]
    [InlineData("What information should I have at hand before drafting?", QuestionKind.Resources)]
    [InlineData("uz ko jaskatas uzmanigi rakstot aktus", QuestionKind.Guidance)]
    public void RecognisesTheKindOfQuestion(string question, QuestionKind kind) => Assert.Equal(kind, Analyse(question).Kind);

    [Theory]
    [InlineData("Pakalpojumu kopuma vadītājam", "service-portfolio-owner")]
    [InlineData("pakalpojuma vaditajam", "service-owner")]
    [InlineData("resursu kopuma vaditaja pienakumi", "resource-portfolio-owner")]
    [InlineData("Resursa saimnieka pienākumi", "resource-owner")]
    [InlineData("duties of the service manager", "service-owner")]
    [InlineData("the service portfolio manager", "service-portfolio-owner")]
    [InlineData("es esmu resursa owner musu IS, ar ko sakt?", "resource-owner")]
    [InlineData("I'm the resource portfolio guy here, what is my job?", "resource-portfolio-owner")]
    public void TellsPortfolioRolesFromSingleOnes(string question, string role) => Assert.Equal([role], Analyse(question).Roles);

    [Fact]
    public void ManagementIsNotAManager() => Assert.Empty(Analyse("how do the 32 service management tasks depend on each other").Roles);

    [Theory]
    [InlineData("pu2-7", "PU2-7")]
    [InlineData("PU 2 - 13", "PU2-13")]
    [InlineData("what is pu3.1", "PU3-1")]
    public void FindsTaskIds(string question, string task) => Assert.Equal([task], Analyse(question).Tasks);

    [Theory]
    [InlineData("kas jadara pirms izveides", "before")]
    [InlineData("steps while creating", "while")]
    [InlineData("Kas jādara izstrādes laikā?", "while")]
    [InlineData("what happens after the act is adopted", "after")]
    [InlineData("un kad akts jau top?", "while")]
    [InlineData("esam pasa izstrades vidu, ko jadara tagad", "while")]
    public void FindsThePhase(string question, string phase) => Assert.Equal(phase, Analyse(question).Phase);

    [Theory]
    [InlineData("kas izstrada aktus", "en-US", Language.Lv)]
    [InlineData("Kas izstrādā?", null, Language.Lv)]
    [InlineData("who drafts acts", "lv-LV", Language.En)]
    [InlineData("pu2-7", "en-US", Language.En)]
    [InlineData("pu2-7", "lv-LV", Language.Lv)]
    [InlineData("pu2-7", null, Language.Lv)]
    [InlineData("mani kontrolsaraksti", "en-US", Language.Lv)]
    [InlineData("my checklists", "lv-LV", Language.En)]
    [InlineData("uztaisi checklist pls", "lv-LV", Language.Lv)]
    public void LanguageComesFromTheTextThenTheLocale(string question, string? locale, Language language) =>
        Assert.Equal(language, Analyse(question, locale).Language);

    [Theory]
    [InlineData("Kurs lemj, vai iestadei vajadzigs jauns akts, ja pakalpojuma saimnieks un resursa saimnieks nespej vienoties?", "settle")]
    [InlineData("who settles it when the service owner and the resource owner disagree?", "settle")]
    [InlineData("Kurš nodrošina akta projekta saskaņošanu ar Tieslietu ministriju un juridiskā atzinuma saņemšanu?", "review")]
    [InlineData("Kas jāapstiprina speciālie akti?", "approve")]
    public void AWhoQuestionAboutAnActionTheCardGivesNobodyIsRecognised(string question, string action) =>
        Assert.Equal(action, Analyse(question).UnassignedAction);

    [Fact]
    public void WhatMustBeDoneIsNotWhoDoesIt() =>
        Assert.Null(Analyse("Kas jādara pēc tam, kad akts ir pieņemts — vai ir paredzēta kāda uzraudzība?").UnassignedAction);

    [Fact]
    public void TheTasksOwnNameIsNeitherADutyNorAPhase()
    {
        var q = Analyse("Kādas funkcijas speciālo normatīvo aktu izstrādes un pilnveides procesā ir jāveic pakalpojuma saimniekam?");

        Assert.Null(q.DutyKind);
        Assert.Null(q.Phase);
        Assert.Equal("develop", Analyse("Kas izstrādā speciālos normatīvos aktus konkrētam pakalpojumam?").DutyKind);
        Assert.Null(Analyse("what is the part of service portfolio owner in developing and improving these special acts?").DutyKind);
    }

    [Fact]
    public void ThisTaskIsNotAQuestionAboutTheTasksOfAGroup()
    {
        Assert.Null(Analyse("Kādos pārvaldības līmeņos un mērogos šis uzdevums ir izpildāms?").Group);
        Assert.Equal("PU2", Analyse("kuri uzdevumi ir pakalpojumu pārvaldības grupā PU2?").Group);
    }

    [Theory]
    [InlineData("esmu pakalpojuma saimnieks un musu esosie noteikumi ir novecojusi, vai man pasai tie jalabo")]
    // A role's part "attiecībā uz" one duty asks for that duty.
    [InlineData("Esmu iestādes pakalpojumu kopuma saimnieks, un mums jau ir vairāki spēkā esoši iekšējie noteikumi par pakalpojumu pārvaldību — kāda ir mana loma attiecībā uz šo esošo aktu grozīšanu?")]
    public void SpeakingAsARoleAboutFixingOwnActsAsksAboutTheAmendDuty(string question)
    {
        var q = Analyse(question);

        Assert.True(q.RoleView);
        Assert.Equal("amend", q.DutyKind);
        Assert.Equal(QuestionKind.Responsible, q.Kind);
    }

    [Fact]
    public void SpeakingAsARoleAboutOutdatedRulesAsksAboutTheAmendDuty()
    {
        var q = Analyse("I manage one specific service and I suspect its internal rules are outdated. What is my job here?");

        Assert.True(q.RoleView);
        Assert.Equal("amend", q.DutyKind);
    }

    [Fact]
    public void AskingForInformationBeforeDraftingNamesNoPhase() =>
        Assert.Null(Analyse("What information I should have at hand before drafting?").Phase);

    [Fact]
    public void SpeakingToOneselfAsARoleInTheDativeIsARoleView()
    {
        var q = Analyse("Kā pakalpojumu kopuma vadītājam — kas man jādara, kad noteikumi jau ir pieņemti?");

        Assert.True(q.RoleView);
        Assert.Equal("after", q.Phase);
        Assert.False(Analyse("Kā pakalpojumu kopuma vadītājam jākoordinē aktu izstrāde?").RoleView);
    }

    [Fact]
    public void NewlyAppointedToARoleAskingWhereToStartAsksForTheFirstSteps()
    {
        var q = Analyse("Mani nesen nozīmēja par iestādes resursu kopuma vadītāju, lūdzu ieteikt, ar kādām darbībām man būtu jāsāk.");

        Assert.True(q.RoleView);
        Assert.Equal("before", q.Phase);
    }

    [Fact]
    public void AsAWholeDescribesTheScopeNotTheAsker()
    {
        var q = Analyse("Which person must find out what special acts the institution needs for managing all its resources as a whole?");

        Assert.False(q.RoleView);
        Assert.Equal("identify", q.DutyKind);
        Assert.Equal(QuestionKind.Responsible, q.Kind);
    }

    [Theory]
    [InlineData("es resursa vadītāja, akti pieņemti - kas man tagad jādara?")]
    [InlineData("Kā pakalpojuma vadītājam man jāzina, kas jādara, kad regulējums ir spēkā?")]
    public void SpeakingAsARoleOnceTheActsAreInForceAsksForTheStepsAfter(string question)
    {
        var q = Analyse(question);

        Assert.True(q.RoleView);
        Assert.Equal("after", q.Phase);
        Assert.Equal(QuestionKind.Steps, q.Kind);
    }

    [Fact]
    public void SpeakingForOnesBossWhoHoldsARoleWithTheActsIdentifiedAsksForDrafting()
    {
        var q = Analyse("Mana priekšniece ir resursu kopuma vadītāja, vajadzīgos aktus jau esam apzinājuši. Kas tālāk?");

        Assert.Equal("develop", q.DutyKind);
        Assert.Equal(QuestionKind.Responsible, q.Kind);
    }

    [Theory]
    [InlineData("Esmu resursa vadītāja, vajadzīgos aktus esam apzinājuši. Kas tālāk?")]
    [InlineData("as a service manager what is my next step after identifying the acts we need?")]
    public void SpeakingAsARoleWithTheActsIdentifiedAsksForDrafting(string question)
    {
        var q = Analyse(question);

        Assert.True(q.RoleView);
        Assert.Null(q.Phase);
        Assert.Equal("develop", q.DutyKind);
    }

    [Theory]
    [InlineData("Strādāju kā resursa vadītāja un redzu nepilnības esošajos noteikumos. Vai grozījumi man jāveic pašai?", "amend")]
    [InlineData("es kā resursa vadītājs — jaunie akti man jāizstrādā pašam, vai tikai pasūtu un pēc tam izlasu?", "develop")]
    public void SpeakingAsARoleAskingWhetherToDoItOneselfAsksAboutThatDuty(string question, string duty)
    {
        var q = Analyse(question);

        Assert.True(q.RoleView);
        Assert.Null(q.Phase);
        Assert.Equal(duty, q.DutyKind);
    }

    [Fact]
    public void ActsIdentifiedInThePastTenseAskForDrafting() =>
        Assert.Equal("develop", Analyse("esmu resursa vaditajs, vajadzigos aktus apzinaju. kas talak?").DutyKind);

    [Fact]
    public void AnActInForceForMonthsIsThePhaseAfter() =>
        Assert.Equal("after", Analyse("esmu pakalpojuma saimnieks, akts jau speka pusgadu. ko tagad darit?").Phase);

    [Theory]
    [InlineData("mani nozīmēja par resursa saimnieku, noteikumi pieņemti pirms pusgada, ko man tagad darīt?", "after")]
    [InlineData("Kā resursu kopuma vadītājam — kāda ir mana loma brīdī, kad akta projekts tiek gatavots?", "while")]
    public void TheTimeOfTheActsNamesThePhase(string question, string phase) => Assert.Equal(phase, Analyse(question).Phase);

    [Theory]
    [InlineData("resource portfolio owner here, we know which acts are missing, what do I do now?", "develop")]
    [InlineData("esmu pakalpojumu kopuma vadītāja, mums ir vecie iekšējie noteikumi. kas ir mans uzdevums?", "amend")]
    [InlineData("im resource owner and our procedure act needs changes, ko man darit?", "amend")]
    public void SpeakingAsARoleAboutTheStateOfTheActsAsksForThatDuty(string question, string duty) =>
        Assert.Equal(duty, Analyse(question).DutyKind);

    [Fact]
    public void SayIsNotStart() =>
        Assert.Null(Analyse("Es esmu resursa saimnieks. Kas man šajā uzdevumā jādara? Kolēģi saka, ka neko.").Phase);

    [Fact]
    public void StartingToWriteTheRegulationIsTheWhilePhase() =>
        Assert.Equal("while", Analyse("Esmu pakalpojuma saimnieks, akti jau apzināti. Kas jādara, kad sākam veidot pašu regulējumu?").Phase);

    [Fact]
    public void SpeakingAsARoleAboutActsThatNoLongerFitAsksForTheAmendDuty()
    {
        var q = Analyse("Kā resursa vadītājs atbildu par reģistru; esošie noteikumi vairs neatbilst praksei. Ko man darīt?");

        Assert.Equal("amend", q.DutyKind);
        Assert.Equal(QuestionKind.Responsible, q.Kind);
    }

    [Fact]
    public void AppointedToARoleAskingWhatAppliesToMeAsksForTheWholeRole()
    {
        var q = Analyse("Mani iecēla par resursa saimnieku jaunai reģistru sistēmai. Kas no šī attiecas uz mani?");

        Assert.True(q.RoleView);
        Assert.Null(q.DutyKind);
        Assert.Equal(QuestionKind.RoleDuties, q.Kind);
    }

    [Theory]
    [InlineData("esmu service owner, tagad rakstam jaunos noteikumus - ko man darit shai posma?", "while")]
    [InlineData("kadi soli kad jau raksta to aktu?", "while")]
    public void WritingTheActNowIsTheWhilePhase(string question, string phase) => Assert.Equal(phase, Analyse(question).Phase);

    [Theory]
    [InlineData("Kā sauc uzdevumu, kas saistīts ar nemitīgu pilnveidi, un kāds ir tā identifikators?")]
    [InlineData("What is the identifier of the continuous improvement task?")]
    public void AskingForATasksNameOrIdentifierIsAboutATask(string question) => Assert.Equal(QuestionKind.Task, Analyse(question).Kind);
}
