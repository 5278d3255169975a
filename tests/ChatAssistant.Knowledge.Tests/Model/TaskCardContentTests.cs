using System.Collections;
using System.Reflection;
using ChatAssistant.Knowledge.Model;
using Text = ChatAssistant.Knowledge.Model.Text;

namespace ChatAssistant.Knowledge.Tests.Model;

/// <summary>
/// The loaded content against the card itself: every key fact pinned in TestData/card-facts/PU2-6.json (roles and
/// their duties, steps by phase, the task map, conditions, legal acts, key statements, and what the card leaves
/// unclear) must be in the content files word for word.
/// </summary>
public class TaskCardContentTests(RealKnowledge real) : IClassFixture<RealKnowledge>
{
    private static readonly CardFacts Facts = CardFacts.Load("PU2-6");

    public static TheoryData<string> RoleIds => [.. Facts.Roles.Select(r => r.Id)];

    public static TheoryData<string> PhaseIds => [.. Facts.Phases.Select(p => p.Id)];

    [Fact]
    public void TheCardIsTheOnePinned()
    {
        Assert.Equal(Facts.Card, real.Card.Id);
        Assert.Equal(Facts.Slides, real.Card.Slides);
        Assert.Equal(Facts.Roles.Select(r => r.Id), real.Card.Roles.Select(r => r.Role));
    }

    [Theory]
    [MemberData(nameof(RoleIds))]
    public void EveryRoleHasItsHolderAndItsDutiesWordForWord(string role)
    {
        var pinned = Facts.Roles.Single(r => r.Id == role);
        var glossary = real.Knowledge.Glossary.Role(role);
        var duties = real.Card.Roles.Single(r => r.Role == role);

        Assert.Equal(pinned.Holder, glossary.Holder.Lv);
        Assert.Equal(pinned.Role, glossary.Name.Lv);
        Assert.Equal(pinned.Slide, duties.Slide);
        Assert.Equal(CardFacts.Sentence(pinned.Definition), CardFacts.Sentence(duties.Definition.Lv));
        Assert.Equal(pinned.Duties.Select(CardFacts.Sentence), duties.Duties.Select(d => CardFacts.Sentence(d.Text.Lv)));
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
    [MemberData(nameof(PhaseIds))]
    public void EveryPhaseHasItsStepsWordForWord(string phase)
    {
        var pinned = Facts.Phases.Single(p => p.Id == phase);
        var found = real.Card.Phases.Single(p => p.Id == phase);
        Assert.Equal(pinned.Slide, found.Slide);
        Assert.Equal(pinned.Steps.Select(CardFacts.Sentence), found.Steps.Select(s => CardFacts.Sentence(s.Text.Lv)));
    }

    [Fact]
    public void CatalogueHoldsEveryTaskOfTheMapInItsGroup()
    {
        var tasks = real.Knowledge.Catalogue.Tasks;
        Assert.Equal(Facts.Catalogue.Groups.Values.Sum(), tasks.Count);
        Assert.Equal(tasks.Count, tasks.Select(t => t.Id).Distinct().Count());
        foreach (var (group, count) in Facts.Catalogue.Groups)
        {
            Assert.Equal(count, tasks.Count(t => t.Group == group));
        }
        Assert.All(tasks, t => Assert.Equal(Facts.Catalogue.Slide, t.Source.Slide));
    }

    [Fact]
    public void TheSeparatelyMarkedGroupOfTheMapHoldsTheTaskTheCardPutsInItAndSaysWhatIsUncertain()
    {
        // The card names the group "Spēju un resursu nodrošināšana" beside the three levels, and PU2-5 in it.
        var area = Assert.Single(real.Knowledge.Catalogue.Areas);
        Assert.Equal("Spēju un resursu nodrošināšana", area.Name.Lv);
        Assert.Contains(area.Name.Lv, real.Knowledge.Card("PU2-6")!.Related.Summary.Lv);
        Assert.Equal(["PU2-5"], area.Tasks);
        Assert.Contains(area.Name.Lv, real.Knowledge.Catalogue.Find("PU2-5")!.Unclear!.Lv);
        Assert.NotNull(area.Unclear);
    }

    [Fact]
    public void RepeatedMarkerStandsExactlyOnTheTasksTheMapMarks()
    {
        var repeated = real.Knowledge.Catalogue.Tasks.Where(t => t.Repeats).Select(t => t.Id).Order(StringComparer.Ordinal);
        Assert.Equal(Facts.Catalogue.Repeated.Order(StringComparer.Ordinal), repeated);
    }

    [Fact]
    public void ReadableTaskNamesAreTheCardsAndUnreadableOnesAreMarkedUnclear()
    {
        foreach (var (id, name) in Facts.Catalogue.NamesReadable)
        {
            Assert.Equal(name, real.Knowledge.Catalogue.Find(id)!.Name.Lv);
        }
        Assert.All(Facts.Catalogue.Unreadable, id => Assert.True(real.Knowledge.Catalogue.Find(id)!.Unclear is not null, $"{id} is not marked unclear"));
    }

    [Fact]
    public void TasksBesidePu26AreMarkedUncertainBecauseTheArrowsCannotBeRead()
    {
        var linked = real.Knowledge.Catalogue.Tasks.Where(t => t.Links.Any(l => l.Task == Facts.Card)).Select(t => t.Id).ToList();
        Assert.All(Facts.Catalogue.BesidePu26, id => Assert.Contains(id, linked));
        Assert.All(Facts.Catalogue.BesidePu26, id => Assert.NotNull(real.Knowledge.Catalogue.Find(id)!.Links.Single(l => l.Task == Facts.Card).Unclear));
        Assert.NotNull(real.Card.Related.Unclear);
    }

    [Fact]
    public void LegalActsAndConditionsAreTheCards()
    {
        var names = real.Card.LegalActs.Acts.Select(id => real.Knowledge.Glossary.LegalActs.Single(a => a.Id == id).Name.Lv);
        Assert.Equal(Facts.LegalActs, names);
        Assert.Equal(Facts.Conditions, real.Card.Conditions.Items);
    }

    [Fact]
    public void KeyStatementsOfTheCardAreInTheContentWordForWord()
    {
        var items = real.Card.Sections.SelectMany(s => s.Items.Select(i => (s.Slide, Text: CardFacts.Sentence(i.Text.Lv)))).ToList();
        var missing = Facts.Statements.Where(f => !items.Contains((f.Slide, CardFacts.Sentence(f.Lv)))).Select(f => $"slide {f.Slide}: {f.Lv}").ToList();
        Assert.True(missing.Count == 0, "not in the content:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void WhatTheCardLeavesUnclearIsMarkedUnclear()
    {
        foreach (var fact in Facts.Unclear)
        {
            var unclear = fact.Where.Split(':') switch
            {
                ["levels"] => real.Card.Levels.Unclear,
                ["related"] => real.Card.Related.Unclear,
                ["stage", var stage] => real.Card.Stages.Items.Single(s => s.Stage == stage).Unclear,
                ["section", var id] => Unclear(real.Card.Sections.Single(s => s.Id == id)),
                _ => throw new InvalidDataException($"unknown place '{fact.Where}' in card-facts"),
            };
            Assert.True(unclear is not null, $"slide {fact.Slide}: {fact.What} is stated as fact");
        }
    }

    [Fact]
    public void LevelsScalesAndStagesAreComplete()
    {
        Assert.Equal(Facts.Roles.Select(r => r.Id), real.Card.Levels.Rows.Select(r => r.Role));
        Assert.All(real.Card.Levels.Rows, r => Assert.Null(r.Marker)); // the A/L markers cannot be read
        Assert.Equal(4, real.Card.Stages.Items.Count);
    }

    private static Text? Unclear(Section section) => section.Unclear ?? section.Items.Select(i => i.Unclear).FirstOrDefault(u => u is not null);

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
        Assert.Equal(10, competences.Items.Count(i => !i.Id.StartsWith("type-", StringComparison.Ordinal)));
        Assert.Equal(3, competences.Items.Count(i => i.Id.StartsWith("type-", StringComparison.Ordinal)));
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
