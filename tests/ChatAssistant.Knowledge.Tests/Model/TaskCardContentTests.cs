using System.Collections;
using System.Reflection;
using ChatAssistant.Knowledge.Model;

namespace ChatAssistant.Knowledge.Tests.Model;

/// <summary>The loaded model against the card itself (../shared/seed/PU2-6.*.md).</summary>
public class TaskCardContentTests(RealKnowledge real) : IClassFixture<RealKnowledge>
{
    [Theory]
    [InlineData("service-portfolio-owner", "Pakalpojumu kopuma vadītājs")]
    [InlineData("service-owner", "Pakalpojuma vadītājs")]
    [InlineData("resource-portfolio-owner", "Resursu kopuma vadītājs")]
    [InlineData("resource-owner", "Resursa vadītājs")]
    public void EveryRoleHolderHasItsThreeDuties(string role, string holder)
    {
        Assert.Equal(holder, real.Knowledge.Glossary.Role(role).Holder.Lv);
        var duties = real.Card.Roles.Single(r => r.Role == role);
        Assert.Equal(3, duties.Duties.Count);
        Assert.Equal(["identify", "develop", "amend"], duties.Duties.Select(d => d.Kind));
        Assert.Equal(3, duties.Slide);
    }

    [Fact]
    public void SingleServiceManagerDraftsWhilePortfolioManagerCoordinates()
    {
        var service = real.Card.Roles.Single(r => r.Role == "service-owner").Duties.Single(d => d.Kind == "develop");
        var portfolio = real.Card.Roles.Single(r => r.Role == "service-portfolio-owner").Duties.Single(d => d.Kind == "develop");
        Assert.StartsWith("Izstrādā", service.Text.Lv);
        Assert.StartsWith("Koordinē", portfolio.Text.Lv);
    }

    [Theory]
    [InlineData("before", 2)]
    [InlineData("while", 1)]
    [InlineData("after", 4)]
    public void EveryPhaseHasItsSteps(string phase, int steps)
    {
        var found = real.Card.Phases.Single(p => p.Id == phase);
        Assert.Equal(steps, found.Steps.Count);
        Assert.Equal(8, found.Slide);
    }

    [Fact]
    public void CatalogueHoldsAll32TasksInThreeGroups()
    {
        var tasks = real.Knowledge.Catalogue.Tasks;
        Assert.Equal(32, tasks.Count);
        Assert.Equal(5, tasks.Count(t => t.Group == "PU1"));
        Assert.Equal(23, tasks.Count(t => t.Group == "PU2"));
        Assert.Equal(4, tasks.Count(t => t.Group == "PU3"));
        Assert.Equal(32, tasks.Select(t => t.Id).Distinct().Count());
    }

    [Fact]
    public void TaskMapLinksAreMarkedUncertainWhereTheOcrIsGarbled()
    {
        var linked = real.Knowledge.Catalogue.Tasks.Where(t => t.Links.Any(l => l.Task == "PU2-6")).Select(t => t.Id).ToList();
        Assert.Contains("PU2-7", linked);
        Assert.Contains("PU2-4", linked);
        var pu27 = real.Knowledge.Catalogue.Find("PU2-7")!.Links.Single(l => l.Task == "PU2-6");
        Assert.NotNull(pu27.Unclear);
        Assert.NotNull(real.Knowledge.Catalogue.Find("PU2-20")!.Unclear);
        Assert.NotNull(real.Card.Related.Unclear);
    }

    [Fact]
    public void LegalActsArePresent()
    {
        var names = real.Card.LegalActs.Acts.Select(id => real.Knowledge.Glossary.LegalActs.Single(a => a.Id == id).Name.Lv).ToList();
        Assert.Equal(["Valsts pārvaldes iekārtas likums", "Ministru kabineta noteikumi Nr. 399", "Ministru kabineta noteikumi Nr. 402"], names);
    }

    [Fact]
    public void LevelsScalesConditionsAndStagesAreComplete()
    {
        Assert.Equal(4, real.Card.Levels.Rows.Count);
        Assert.NotNull(real.Card.Levels.Unclear); // which role carries A and which L is not readable
        Assert.Equal(["N1-4", "N2-1", "N2-2"], real.Card.Conditions.Items);
        Assert.Equal(4, real.Card.Stages.Items.Count);
        Assert.NotNull(real.Card.Stages.Items.Single(s => s.Stage == "decommissioning").Unclear);
    }

    [Theory]
    [InlineData("results", 4)]
    [InlineData("benefits", 1)]
    [InlineData("threats", 1)]
    [InlineData("information", 3)]
    [InlineData("developers", 4)]
    [InlineData("regulation-groups", 3)]
    [InlineData("system", 4)]
    public void SectionsHoldEveryItemOfTheCard(string section, int items)
    {
        Assert.Equal(items, real.Card.Sections.Single(s => s.Id == section).Items.Count);
    }

    [Fact]
    public void CompetencesListAllTenAndTheirTypes()
    {
        var competences = real.Card.Sections.Single(s => s.Id == "competences");
        Assert.Equal(10, competences.Items.Count(i => !i.Id.StartsWith("type-")));
        Assert.Equal(3, competences.Items.Count(i => i.Id.StartsWith("type-")));
    }

    [Fact]
    public void BothLanguagesArePresentEverywhere()
    {
        var texts = AllTexts(real.Knowledge).ToList();
        Assert.True(texts.Count > 150, $"only {texts.Count} texts found");
        Assert.All(texts, t =>
        {
            Assert.False(string.IsNullOrWhiteSpace(t.Lv), $"missing Latvian beside '{t.En}'");
            Assert.False(string.IsNullOrWhiteSpace(t.En), $"missing English beside '{t.Lv}'");
        });
        Assert.True(texts.Count(t => t.Lv.Any(c => "āčēģīķļņšūž".Contains(char.ToLowerInvariant(c)))) > texts.Count / 2, "Latvian text has lost its diacritics");
    }

    /// <summary>Every <see cref="Text"/> reachable from the model, however deep.</summary>
    private static IEnumerable<Text> AllTexts(object? node)
    {
        switch (node)
        {
            case null or string or int or bool or Enum:
                yield break;
            case Text text:
                yield return text;
                yield break;
            case IEnumerable items:
                foreach (var item in items)
                    foreach (var t in AllTexts(item)) yield return t;
                yield break;
        }
        foreach (var property in node.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0) continue;
            foreach (var t in AllTexts(property.GetValue(node))) yield return t;
        }
    }
}
