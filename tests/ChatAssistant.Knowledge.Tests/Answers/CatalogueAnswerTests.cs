using ChatAssistant.Knowledge.Answers;

namespace ChatAssistant.Knowledge.Tests.Answers;

/// <summary>The task map as a whole: how many tasks, a group's tasks, the repeated ones, a task's name and ID.</summary>
public class CatalogueAnswerTests(RealKnowledge real) : IClassFixture<RealKnowledge>
{
    [Theory]
    [InlineData("how many tasks are there?", "catalogue:count")]
    [InlineData("cik pavisam ir pakalpojumu pārvaldības uzdevumu?", "catalogue:count")]
    [InlineData("list the tasks of group PU3", "catalogue:group:PU3")]
    [InlineData("uzskaiti visus politikas plānošanas līmeņa uzdevumus", "catalogue:group:PU1")]
    [InlineData("kuri uzdevumi shēmā atkārtojas vairākās vietās?", "catalogue:repeated")]
    [InlineData("which task is PU2-5?", "task:PU2-5")]
    [InlineData("kurš uzdevums ir PU2-20?", "task:PU2-20")]
    [InlineData("pakalpojumu aprakstu uzdevums - kads tam ID?", "task:PU2-7")]
    [InlineData("what is the ID of the task on service descriptions?", "task:PU2-7")]
    [InlineData("kāds ir KPI uzdevuma numurs?", "task:PU2-4")]
    public void CatalogueQuestionReachesItsUnit(string question, string unit)
    {
        var answer = real.Engine.Ask(question);
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Equal(unit, answer.UnitId);
    }

    [Fact]
    public void TheCountAndTheGroupsComeFromTheCatalogue()
    {
        var catalogue = real.Knowledge.Catalogue;
        var count = real.Engine.Ask("how many tasks are there?");
        Assert.Contains($"{catalogue.Tasks.Count} tasks", count.Direct);

        var pu3 = real.Engine.Ask("list the tasks of group PU3");
        Assert.Equal(catalogue.Tasks.Where(t => t.Group == "PU3").Select(t => t.Id), pu3.Facts.Select(f => f.Text.Split(' ')[0]));
    }

    [Fact]
    public void RepeatedTasksAreExactlyThoseTheMapMarksAndUnreadableNamesAreMarkedUncertain()
    {
        var answer = real.Engine.Ask("which tasks appear in several places on the map?");
        var repeated = real.Knowledge.Catalogue.Tasks.Where(t => t.Repeats).ToList();
        Assert.Equal(repeated.Select(t => t.Id), answer.Facts.Select(f => f.Text.Split(' ')[0]));
        Assert.All(answer.Facts.Zip(repeated), p => Assert.Equal(p.Second.Unclear is not null, p.First.Unclear is not null));
    }

    [Fact]
    public void AFollowUpAsksAboutTheGroupOfThePreviousTask()
    {
        var first = real.Engine.Ask("kas ir PU2-7?");
        var second = real.Engine.Ask("which other tasks are in the same group?", previous: first.Context);
        Assert.Equal("catalogue:group:PU2", second.UnitId);
    }
}
