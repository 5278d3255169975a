using System.Xml.Linq;
using ChatAssistant.Cards.Tab;
using ChatAssistant.Knowledge.Model;
using static ChatAssistant.Cards.Tests.Tab.TabContent;

namespace ChatAssistant.Cards.Tests.Tab;

public class TaskMapSvgTests
{
    private static readonly Catalogue Catalogue = Content.Catalogue;

    [Theory]
    [InlineData(Language.Lv)]
    [InlineData(Language.En)]
    public void EveryCatalogueTaskIsOneNodeLinkingToItsDetail(Language language)
    {
        var svg = TaskMapSvg.Build(Catalogue, "PU2-6", language);

        var nodes = Nodes(svg);
        Assert.Equal(32, Catalogue.Tasks.Count);
        Assert.Equal(Catalogue.Tasks.Select(t => t.Id).Order(StringComparer.Ordinal), nodes.Select(n => n.Task).Order(StringComparer.Ordinal));
        var links = XDocument.Parse(svg).Descendants(Svg + "a").Select(a => (string)a.Attribute("href")!);
        Assert.Equal(Catalogue.Tasks.Select(t => "#task-" + t.Id).Order(StringComparer.Ordinal), links.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void RepeatMarksStandExactlyOnTheTasksTheCatalogueMarks()
    {
        var nodes = Nodes(TaskMapSvg.Build(Catalogue, "PU2-6", Language.Lv));

        var marked = nodes.Where(n => n.Text.Contains('●')).Select(n => n.Task).ToList();
        Assert.Equal(Catalogue.Tasks.Where(t => t.Repeats).Select(t => t.Id).Order(StringComparer.Ordinal), marked.Order(StringComparer.Ordinal));
        Assert.Contains("PU2-13", marked);
    }

    [Fact]
    public void TheCardsTaskIsHighlightedAndTheTasksLinkedToItAreMarked()
    {
        var nodes = Nodes(TaskMapSvg.Build(Catalogue, "PU2-6", Language.Lv));

        Assert.Equal(["PU2-6"], nodes.Where(n => n.Class.Contains("highlighted")).Select(n => n.Task));
        var linked = Catalogue.Tasks.Where(t => t.Links.Any(l => l.Task == "PU2-6")).Select(t => t.Id).ToList();
        Assert.Equal(linked.Order(StringComparer.Ordinal), nodes.Where(n => n.Class.Contains("related")).Select(n => n.Task).Order(StringComparer.Ordinal));
        Assert.Contains("PU2-7", linked);
    }

    [Fact]
    public void TheSeparatelyMarkedAreaIsFramedAroundItsTasks()
    {
        var svg = XDocument.Parse(TaskMapSvg.Build(Catalogue, "PU2-6", Language.Lv));
        var area = Assert.Single(Catalogue.Areas);

        var group = svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("id") == "area-" + area.Id);
        Assert.Contains("Spēju un resursu nodrošināšana", group.Value);
        var frame = group.Element(Svg + "rect")!;
        var (top, bottom) = ((double)frame.Attribute("y")!, (double)frame.Attribute("y")! + (double)frame.Attribute("height")!);
        foreach (var task in area.Tasks)
        {
            var box = svg.Descendants(Svg + "a").Single(a => (string?)a.Attribute("data-task") == task).Element(Svg + "rect")!;
            Assert.InRange((double)box.Attribute("y")!, top, bottom - (double)box.Attribute("height")!);
        }
    }

    [Fact]
    public void EachGroupIsABandNamedFromTheCatalogue()
    {
        var svg = TaskMapSvg.Build(Catalogue, "PU2-6", Language.En);

        foreach (var group in Catalogue.Groups) Assert.Contains($"{group.Id} — {char.ToUpperInvariant(group.Name.En[0])}{group.Name.En[1..]}", svg);
    }

    [Fact]
    public void TaskNamesAreTextNotMarkup()
    {
        var hostile = Catalogue with { Tasks = [.. Catalogue.Tasks.Select(t => t.Id == "PU2-20" ? t with { Name = new Text("<script>alert(1)</script> & \"x\"", "<b>bold</b>") } : t)] };

        var svg = TaskMapSvg.Build(hostile, "PU2-6", Language.Lv);

        Assert.DoesNotContain("<script>", svg);
        var node = Nodes(svg).Single(n => n.Task == "PU2-20");
        Assert.Contains("<script>alert(1)</script>", node.Text);
    }
}
