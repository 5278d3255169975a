using System.Globalization;
using System.Net;
using System.Text;
using ChatAssistant.Cards.Strings;
using ChatAssistant.Knowledge.Model;

namespace ChatAssistant.Cards.Tab;

/// <summary>
/// The few pieces of HTML every part of the tab writes. Every content text goes through <see cref="Encode"/>, so what
/// an editor types is shown as text, never read as markup.
/// </summary>
internal static class TabHtml
{
    public static string Encode(string text) => WebUtility.HtmlEncode(text);

    public static string Format(Text text, Language language, params object[] args) =>
        string.Format(CultureInfo.InvariantCulture, text.In(language), args);

    /// <summary>English names in the content start in lower case ("service owner"); a heading starts with a capital.</summary>
    public static string Capitalised(string text) =>
        text.Length == 0 || char.IsUpper(text[0]) ? text : char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];

    /// <summary>"3. slaids" / "slide 3", beside every fact as the bot cites it.</summary>
    public static string Slide(int slide, Language language) =>
        $"<span class=\"slide\">{Encode(Format(TabText.Slide, language, slide))}</span>";

    /// <summary>An uncertain fact, marked as the bot's answer cards mark it: "Nav droši zināms: …" in the warning colour.</summary>
    public static void Uncertain(StringBuilder html, Text? unclear, Language language)
    {
        if (unclear is null) return;
        html.Append("<p class=\"uncertain\"><strong>").Append(Encode(QnaText.Uncertain.In(language))).Append(":</strong> ")
            .Append(Encode(unclear.In(language))).Append("</p>");
    }

    /// <summary>A list of items, each with its uncertainty under it.</summary>
    public static void Items(StringBuilder html, IEnumerable<Item> items, Language language, string tag = "ul")
    {
        html.Append('<').Append(tag).Append('>');
        foreach (var item in items)
        {
            html.Append("<li>").Append(Encode(item.Text.In(language)));
            Uncertain(html, item.Unclear, language);
            html.Append("</li>");
        }
        html.Append("</").Append(tag).Append('>');
    }

    /// <summary>A heading with the slide it comes from.</summary>
    public static void Heading(StringBuilder html, string tag, string text, int? slide, Language language)
    {
        html.Append('<').Append(tag).Append('>').Append(Encode(Capitalised(text)));
        if (slide is { } s) html.Append(' ').Append(Slide(s, language));
        html.Append("</").Append(tag).Append('>');
    }

    /// <summary>A task id made safe for an element id and a fragment: "PU2-6" stays as it is.</summary>
    public static string TaskAnchor(string taskId) => "task-" + Slug(taskId);

    /// <summary>Where a task card's section starts on the page.</summary>
    public static string CardAnchor(string cardId) => "card-" + Slug(cardId);

    public static string Slug(string id)
    {
        var slug = new StringBuilder(id.Length);
        foreach (var c in id) slug.Append(char.IsAsciiLetterOrDigit(c) || c == '-' ? c : '_');
        return slug.ToString();
    }

    /// <summary>Breaks a text into at most <paramref name="maxLines"/> lines of about <paramref name="width"/> characters, with an ellipsis when it is cut.</summary>
    public static IReadOnlyList<string> Wrap(string text, int width, int maxLines)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }
            if (line.Length > 0) line.Append(' ');
            line.Append(word);
        }
        if (line.Length > 0) lines.Add(line.ToString());
        if (lines.Count <= maxLines) return lines;
        var kept = lines.Take(maxLines).ToList();
        var last = kept[^1];
        kept[^1] = (last.Length > width - 1 ? last[..(width - 1)] : last).TrimEnd() + "…";
        return kept;
    }

    /// <summary>SVG text lines, one tspan each, encoded.</summary>
    public static void SvgLines(StringBuilder svg, IReadOnlyList<string> lines, double x, double y, double lineHeight, string cssClass)
    {
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"{cssClass}\" x=\"{x}\" y=\"{y}\">");
        for (var i = 0; i < lines.Count; i++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<tspan x=\"{x}\" dy=\"{(i == 0 ? 0 : lineHeight)}\">").Append(Encode(lines[i])).Append("</tspan>");
        }
        svg.Append("</text>");
    }
}
