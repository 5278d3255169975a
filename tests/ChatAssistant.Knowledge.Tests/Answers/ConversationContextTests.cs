using ChatAssistant.Knowledge.Answers;
using ChatAssistant.Knowledge.Understanding;

namespace ChatAssistant.Knowledge.Tests.Answers;

/// <summary>Turns that lean on the previous answer, asked one after the other as in one conversation.</summary>
public class ConversationContextTests(RealKnowledge real) : IClassFixture<RealKnowledge>
{
    private Answer[] Converse(params string[] turns)
    {
        var answers = new Answer[turns.Length];
        AnswerContext? context = null;
        for (var i = 0; i < turns.Length; i++)
        {
            answers[i] = real.Engine.Ask(turns[i], previous: context);
            context = answers[i].Context ?? context;
        }
        return answers;
    }

    [Fact]
    public void AShortChecklistRequestAfterARolesAnswerIsThatRolesChecklist()
    {
        var answers = Converse("esmu resursa saimnieks, kas man jadara", "uztaisi checklist pls");

        Assert.Equal("PU2-6:role:resource-owner", answers[0].UnitId);
        Assert.Equal("feature:checklist:resource-owner", answers[1].UnitId);
        // Without that answer before it, the same request names no role.
        Assert.Equal("feature:checklist", real.Engine.Ask("uztaisi checklist pls").UnitId);
    }

    [Theory]
    [InlineData("kādi ir pakalpojuma vadītāja pienākumi?", "Pārfrāzē iepriekšējo atbildi vienkāršāk, lūdzu.")]
    [InlineData("what are the benefits of this task?", "can you say that more simply?")]
    [InlineData("kas draud, ja uzdevumu neveic?", "vari pateikt īsāk — vienā teikumā?")]
    public void ARequestToRephraseGivesThePreviousAnswerAgain(string question, string rephrase)
    {
        var answers = Converse(question, rephrase);

        Assert.Equal(AnswerStatus.Answered, answers[1].Status);
        Assert.Equal(answers[0].UnitId, answers[1].UnitId);
        // With nothing before it there is nothing to rephrase; and a request that names its own subject is answered as asked.
        Assert.Equal(AnswerStatus.Unknown, real.Engine.Ask(rephrase).Status);
        Assert.Equal("PU2-6:role:resource-owner", Converse(question, "explain more simply what the resource manager does")[1].UnitId);
    }

    [Fact]
    public void TheFirstDutyAfterARolesAnswerIsThatRolesFirstDuty()
    {
        var answers = Converse("Kas ir pakalpojuma vadītājs?", "un kāds ir viņa pirmais pienākums?");

        Assert.Equal("PU2-6:role:service-owner", answers[0].UnitId);
        Assert.Equal("PU2-6:duty:service-owner.identify", answers[1].UnitId);
    }

    [Fact]
    public void OneLevelUpAsksForThePortfolioRoleOfTheSameKind()
    {
        var answers = Converse("Who owns drafting new acts for one specific resource?", "And one level up, for the institution as a whole?");

        Assert.Equal("PU2-6:duty:resource-owner.develop", answers[0].UnitId);
        Assert.Equal("PU2-6:duty:resource-portfolio-owner.develop", answers[1].UnitId);
    }

    [Fact]
    public void WhenAdoptedAfterThePhasesStepsAsksForTheStepsAfterNotForADate()
    {
        var answers = Converse("kas jadara pirms akta izveides", "ok un kad jau veidojam?", "un kad pienemts?");

        Assert.Equal(["PU2-6:phase:before", "PU2-6:phase:while", "PU2-6:phase:after"], answers.Select(a => a.UnitId));
        // Asked on its own, "when was it adopted?" asks for a date the card does not give.
        Assert.Equal(AnswerStatus.Unknown, real.Engine.Ask("un kad pienemts?").Status);
    }

    [Fact]
    public void WhomToTalkToAfterTheExpectedChangesIsTheConsultation()
    {
        var answers = Converse("Vai spēkā esošais pakalpojumu pārvaldības regulējums tiks mainīts?", "Ar ko par to runāt?");

        Assert.Equal("PU2-6:section:attention", answers[0].UnitId);
        Assert.Equal("PU2-6:section:consultation", answers[1].UnitId);
    }

    [Theory]
    [InlineData("Which N conditions does this task influence?", "what does the first one mean?", "condition:N1-4")]
    [InlineData("Kādus nosacījumus ietekmē šis uzdevums?", "Ko tieši nozīmē otrā no tām?", "condition:N2-1")]
    [InlineData("kādi ir galvenie vispārējie normatīvie akti?", "Un the second one on that list — kas tas ir?", "act:mk-399")]
    [InlineData("Kuri ir galvenie valsts mēroga vispārējie akti, kas saistīti ar pakalpojumu pārvaldību?", "Vai pirmais no tiem ir likums?", "act:valsts-parvaldes-iekartas-likums")]
    public void AnOrdinalAfterAListPointsAtThatItem(string list, string followUp, string item)
    {
        var answers = Converse(list, followUp);

        Assert.Equal(item, answers[1].UnitId);
    }

    [Fact]
    public void AnAmendVerbTypedInAFollowUpAsksForTheAmendDuty()
    {
        var answers = Converse("kas izstrada jaunus aktus konkretam pakalpojumam?", "un resursam?", "un kas tos groza pectam?");

        Assert.Equal(["PU2-6:duty:service-owner.develop", "PU2-6:duty:resource-owner.develop", "PU2-6:duty:resource-owner.amend"], answers.Select(a => a.UnitId));
    }

    [Fact]
    public void IfWeDontDoItAfterTheBenefitsAsksForTheThreat()
    {
        var answers = Converse("kads ir ieguvums no sita uzdevuma", "and if we dont do it?");

        Assert.Equal("PU2-6:section:benefits", answers[0].UnitId);
        Assert.Equal("PU2-6:section:threats", answers[1].UnitId);
    }

    [Fact]
    public void AtTheEndAfterAPhasesStepsIsTheStepsAfter()
    {
        var answers = Converse("ko dara pirms sak", "un kad jau raksta?", "un beigas");

        Assert.Equal(["PU2-6:phase:before", "PU2-6:phase:while", "PU2-6:phase:after"], answers.Select(a => a.UnitId));
    }

    [Fact]
    public void AnOrdinalInAFewWordsAfterAListPointsIntoIt()
    {
        var answers = Converse("Which N conditions does this task influence?", "pirmais ko nozime");

        Assert.Equal("condition:N1-4", answers[1].UnitId);
    }

    [Fact]
    public void TheLawAfterTheListOfActsIsTheOneLawOnIt()
    {
        var answers = Converse("Kuri vispārējie normatīvie akti jāievēro?", "pastāsti vairāk par likumu");

        Assert.Equal(["PU2-6:legal-acts", "act:valsts-parvaldes-iekartas-likums"], answers.Select(a => a.UnitId));
        // "Tell me more" with a subject of its own is about that subject.
        Assert.Equal("task:PU2-7", Converse("Kuri vispārējie normatīvie akti jāievēro?", "pastāsti vairāk par PU2-7")[1].UnitId);
    }

    [Fact]
    public void WhetherATaskIsLinkedToThisCardsSubjectIsAboutTheLinks()
    {
        var answers = Converse("kas ir PU2-4?", "vai tas ir saistīts ar speciālo normatīvo aktu izstrādi?");

        Assert.Equal(["task:PU2-4", "PU2-6:related"], answers.Select(a => a.UnitId));
    }

    [Fact]
    public void TheOneAboutASubjectAfterTheLinkedTasksIsThatTask()
    {
        var answers = Converse("which tasks is this one linked to?", "and the KPI one?");

        Assert.Equal(["PU2-6:related", "task:PU2-4"], answers.Select(a => a.UnitId));
    }

    [Fact]
    public void AnotherOneOfTheLinkedTasksIsThatTaskNotTheOneBefore()
    {
        var answers = Converse("which tasks is this one linked to?", "and the KPI one?", "and the descriptions one?");

        Assert.Equal(["PU2-6:related", "task:PU2-4", "task:PU2-7"], answers.Select(a => a.UnitId));
    }

    [Fact]
    public void ThatRoleInADativeAfterARolesAnswerGetsItsChecklist()
    {
        var answers = Converse("ko dara resursu kopuma vadītājs?", "vari tai lomai uztaisīt checklist?");

        Assert.Equal("feature:checklist:resource-portfolio-owner", answers[1].UnitId);
    }

    [Fact]
    public void PhasesFollowEachOtherWhenTheActsArePointedAt()
    {
        var answers = Converse("kas jadara pirms akta izveides", "un kad jau tos veidojam?", "un pēc tam?");

        Assert.Equal(["PU2-6:phase:before", "PU2-6:phase:while", "PU2-6:phase:after"], answers.Select(a => a.UnitId));
    }
}
