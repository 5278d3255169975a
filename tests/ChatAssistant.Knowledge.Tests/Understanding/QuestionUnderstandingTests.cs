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
    public void RecognisesTheKindOfQuestion(string question, QuestionKind kind) => Assert.Equal(kind, Analyse(question).Kind);

    [Theory]
    [InlineData("Pakalpojumu kopuma vadītājam", "service-portfolio-owner")]
    [InlineData("pakalpojuma vaditajam", "service-owner")]
    [InlineData("resursu kopuma vaditaja pienakumi", "resource-portfolio-owner")]
    [InlineData("Resursa saimnieka pienākumi", "resource-owner")]
    [InlineData("duties of the service manager", "service-owner")]
    [InlineData("the service portfolio manager", "service-portfolio-owner")]
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
    public void LanguageComesFromTheTextThenTheLocale(string question, string? locale, Language language) =>
        Assert.Equal(language, Analyse(question, locale).Language);
}

