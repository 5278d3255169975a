using System.Globalization;
using System.Text;
using ChatAssistant.Cards.Strings;
using ChatAssistant.Knowledge.Model;
using static ChatAssistant.Cards.Tab.TabHtml;

namespace ChatAssistant.Cards.Tab;

/// <summary>
/// The service management system diagram drawn from the card's "system" section: one column per element, the element
/// above and its regulation below. Each item is written "element — regulation" (Latvian) or "element: regulation"
/// (English); an item without that separator is drawn as an element alone.
/// </summary>
public static class SystemDiagramSvg
{
    /// <summary>The id of the card section that lists the system's elements.</summary>
    public const string SectionId = "system";

    private const double Margin = 16, Gap = 16, BoxH = 124, LinkH = 28;
    private const double Width = 1180;
    private const int LineHeight = 17, MaxLines = 6;

    public static string Build(Section section, Language language)
    {
        var items = section.Items;
        var columns = Math.Max(1, items.Count);
        var boxW = (Width - 2 * Margin - (columns - 1) * Gap) / columns;
        // Characters per line: the elements are bold 14 px, the regulation 13 px.
        var elementChars = (int)((boxW - 20) / 8.6);
        var regulationChars = (int)((boxW - 20) / 7.2);
        var height = Margin + BoxH + LinkH + BoxH + Margin;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"system-map\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-labelledby=\"system-svg-title\">");
        svg.Append("<title id=\"system-svg-title\">").Append(Encode(Format(TabText.SystemLabel, language, items.Count))).Append("</title>");
        for (var i = 0; i < items.Count; i++)
        {
            var (element, regulation) = Split(items[i].Text.In(language), language);
            var x = Margin + i * (boxW + Gap);
            var y = Margin;
            svg.Append(CultureInfo.InvariantCulture, $"<g class=\"system-element\"><rect class=\"element-box\" x=\"{x}\" y=\"{y}\" width=\"{boxW}\" height=\"{BoxH}\" rx=\"8\"/>");
            SvgLines(svg, Wrap(Capitalised(element), elementChars, MaxLines), x + 10, y + 22, LineHeight, "element-text");
            if (regulation is not null)
            {
                var ry = y + BoxH + LinkH;
                svg.Append(CultureInfo.InvariantCulture, $"<line class=\"element-link\" x1=\"{x + boxW / 2}\" y1=\"{y + BoxH}\" x2=\"{x + boxW / 2}\" y2=\"{ry}\"/>");
                svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"regulation-box\" x=\"{x}\" y=\"{ry}\" width=\"{boxW}\" height=\"{BoxH}\" rx=\"8\"/>");
                SvgLines(svg, [TabText.Regulation.In(language)], x + 10, ry + 22, LineHeight, "regulation-label");
                SvgLines(svg, Wrap(Capitalised(regulation), regulationChars, MaxLines - 1), x + 10, ry + 22 + LineHeight, LineHeight, "regulation-text");
            }
            svg.Append("</g>");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>"Element — regulation" → (element, regulation); the trailing full stop or semicolon is dropped.</summary>
    public static (string Element, string? Regulation) Split(string text, Language language)
    {
        var trimmed = text.Trim().TrimEnd('.', ';');
        var dash = trimmed.IndexOf(" — ", StringComparison.Ordinal);
        if (dash > 0) return (trimmed[..dash].Trim(), trimmed[(dash + 3)..].Trim());
        var colon = language == Language.En ? trimmed.LastIndexOf(": ", StringComparison.Ordinal) : -1;
        return colon > 0 ? (trimmed[..colon].Trim(), trimmed[(colon + 2)..].Trim()) : (trimmed, null);
    }
}
