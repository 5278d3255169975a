using System.Xml.Linq;
using ChatAssistant.Knowledge.Loading;
using ChatAssistant.Knowledge.Model;

namespace ChatAssistant.Cards.Tests.Tab;

/// <summary>The repository's content, loaded once, and the SVG read back as XML.</summary>
internal static class TabContent
{
    public static KnowledgeBase Content { get; } = KnowledgeLoader.Load(ContentLocator.Resolve(null));

    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>The task nodes of a map: (task id, class, text of the node).</summary>
    public static IReadOnlyList<(string Task, string Class, string Text)> Nodes(string svg) =>
        [.. XDocument.Parse(svg).Descendants(Svg + "a")
            .Select(a => ((string)a.Attribute("data-task")!, (string)a.Attribute("class")!, string.Concat(a.Descendants(Svg + "tspan").Select(t => t.Value + " "))))];
}
