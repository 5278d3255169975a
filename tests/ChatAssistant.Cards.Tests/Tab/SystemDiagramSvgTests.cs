using System.Xml.Linq;
using ChatAssistant.Cards.Strings;
using ChatAssistant.Cards.Tab;
using ChatAssistant.Knowledge.Model;
using static ChatAssistant.Cards.Tests.Tab.TabContent;

namespace ChatAssistant.Cards.Tests.Tab;

public class SystemDiagramSvgTests
{
    private static readonly Section System = Content.Card("PU2-6")!.Sections.Single(s => s.Id == SystemDiagramSvg.SectionId);

    [Theory]
    [InlineData(Language.Lv)]
    [InlineData(Language.En)]
    public void EachElementIsDrawnAboveItsRegulation(Language language)
    {
        var svg = XDocument.Parse(SystemDiagramSvg.Build(System, language));

        var elements = svg.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "system-element").ToList();
        Assert.Equal(4, System.Items.Count);
        Assert.Equal(System.Items.Count, elements.Count);
        foreach (var (item, element) in System.Items.Zip(elements))
        {
            var (name, regulation) = SystemDiagramSvg.Split(item.Text.In(language), language);
            Assert.NotNull(regulation);
            var texts = element.Elements(Svg + "text").Select(t => string.Join(" ", t.Elements(Svg + "tspan").Select(s => s.Value))).ToList();
            Assert.Equal(name, texts[0]);
            Assert.Equal(TabText.Regulation.In(language), texts[1]);
            Assert.Equal(regulation[1..], texts[2][1..]);
        }
    }

    [Theory]
    [InlineData("Pamatnosacījumi — ar tiem saistīts regulējums;", Language.Lv, "Pamatnosacījumi", "ar tiem saistīts regulējums")]
    [InlineData("Basic principles (Pamatnosacījumi): regulation related to them.", Language.En, "Basic principles (Pamatnosacījumi)", "regulation related to them")]
    [InlineData("Element alone", Language.En, "Element alone", null)]
    public void AnItemSplitsIntoElementAndRegulation(string text, Language language, string element, string? regulation)
    {
        Assert.Equal((element, regulation), SystemDiagramSvg.Split(text, language));
    }
}
