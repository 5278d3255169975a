using ChatAssistant.Knowledge.Checklists;
using ChatAssistant.Knowledge.Loading;

namespace ChatAssistant.Knowledge.Tests.Checklists;

public class ChecklistBuilderTests(RealKnowledge real) : IClassFixture<RealKnowledge>
{
    [Theory]
    [InlineData("service-portfolio-owner")]
    [InlineData("service-owner")]
    [InlineData("resource-portfolio-owner")]
    [InlineData("resource-owner")]
    public void EachRoleGetsItsDutiesAndEveryStepInPhaseOrder(string role)
    {
        var checklist = ChecklistBuilder.Build(real.Knowledge, "PU2-6", role)!;

        Assert.Equal(["before", "while", "after"], checklist.Phases.Select(p => p.Phase));
        Assert.Equal(3, checklist.Items.Count(i => i.IsDuty));
        Assert.Equal(7, checklist.Items.Count(i => !i.IsDuty));
        Assert.All(checklist.Phases, p => Assert.True(p.Items[0].IsDuty, $"{p.Phase} should start with the role's own duty"));
        Assert.Equal(checklist.Items.Count(), checklist.Items.Select(i => i.Id).Distinct().Count());
    }

    [Fact]
    public void UnknownRoleOrCardHasNoChecklist()
    {
        Assert.Null(ChecklistBuilder.Build(real.Knowledge, "PU2-6", "nobody"));
        Assert.Null(ChecklistBuilder.Build(real.Knowledge, "PU2-9", "service-owner"));
    }

    [Fact]
    public void VersionChangesWhenAnItemChanges()
    {
        var folder = TestPaths.CopyContent(TestPaths.RealContent);
        var card = Path.Combine(folder, "cards", "PU2-6.yaml");
        File.WriteAllText(card, File.ReadAllText(card).Replace("Apzina nepieciešamos ar konkrēta pakalpojuma", "Apzina visus nepieciešamos ar konkrēta pakalpojuma"));

        var before = ChecklistBuilder.Build(real.Knowledge, "PU2-6", "service-owner")!;
        var after = ChecklistBuilder.Build(KnowledgeLoader.Load(folder), "PU2-6", "service-owner")!;

        Assert.NotEqual(before.Version, after.Version);
        Assert.Equal(before.Version, ChecklistBuilder.Build(real.Knowledge, "PU2-6", "service-owner")!.Version);
    }
}
