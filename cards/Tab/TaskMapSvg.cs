using System.Globalization;
using System.Text;
using ChatAssistant.Cards.Strings;
using ChatAssistant.Knowledge.Model;
using static ChatAssistant.Cards.Tab.TabHtml;

namespace ChatAssistant.Cards.Tab;

/// <summary>
/// The task map as an SVG drawn from the catalogue: one band per group in the catalogue's order, the separately marked
/// areas as dotted frames inside the band of their tasks, every task a focusable link to its detail. The card's own
/// task is highlighted and the tasks the catalogue links to it get a dashed border.
/// </summary>
public static class TaskMapSvg
{
    private const double Width = 1180, Margin = 16, Pad = 12, Gap = 12, BoxW = 178, BoxH = 88;
    private const int Columns = 6, NameWidth = 24, NameLines = 3;
    private const double BandTitle = 34, AreaTitle = 30;

    public static string Build(Catalogue catalogue, string highlighted, Language language)
    {
        var related = TaskMap.RelatedTo(catalogue, highlighted);
        var inArea = catalogue.Areas.SelectMany(a => a.Tasks.Select(t => (Task: t, Area: a))).GroupBy(x => x.Task).ToDictionary(g => g.Key, g => g.First().Area);
        var body = new StringBuilder();
        var y = Margin;
        foreach (var group in catalogue.Groups)
        {
            var tasks = catalogue.Tasks.Where(t => t.Group == group.Id).ToList();
            var loose = tasks.Where(t => !inArea.ContainsKey(t.Id)).ToList();
            var areas = catalogue.Areas.Where(a => a.Tasks.Any(id => tasks.Any(t => t.Id == id))).ToList();
            var height = BandTitle + Rows(loose.Count) * (BoxH + Gap) + areas.Sum(a => AreaTitle + Rows(a.Tasks.Count) * (BoxH + Gap) + Gap) + Pad;

            body.Append(CultureInfo.InvariantCulture, $"<g class=\"band\" id=\"band-{Slug(group.Id)}\"><rect class=\"band-frame\" x=\"{Margin}\" y=\"{y}\" width=\"{Width - 2 * Margin}\" height=\"{height}\" rx=\"8\"/>");
            SvgLines(body, [$"{group.Id} — {Capitalised(group.Name.In(language))}"], Margin + Pad, y + 22, 0, "band-title");
            body.Append("</g>");
            var top = y + BandTitle;
            top = Grid(body, loose, top, Margin + Pad, highlighted, related, language);
            foreach (var area in areas)
            {
                var members = area.Tasks.Select(catalogue.Find).OfType<TaskEntry>().ToList();
                var areaHeight = AreaTitle + Rows(members.Count) * (BoxH + Gap);
                body.Append(CultureInfo.InvariantCulture, $"<g class=\"area\" id=\"area-{Slug(area.Id)}\"><rect class=\"area-frame\" x=\"{Margin + Pad / 2}\" y=\"{top}\" width=\"{Width - 2 * Margin - Pad}\" height=\"{areaHeight}\" rx=\"6\"/>");
                SvgLines(body, [Capitalised(area.Name.In(language))], Margin + Pad, top + 20, 0, "area-title");
                body.Append("</g>");
                top = Grid(body, members, top + AreaTitle, Margin + Pad, highlighted, related, language) + Gap;
            }
            y += height + Gap;
        }

        var svg = new StringBuilder();
        var label = Format(TabText.MapLabel, language, catalogue.Tasks.Count);
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"task-map\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {y + Margin - Gap}\" role=\"group\" aria-label=\"{Encode(label)}\">");
        svg.Append(body).Append("</svg>");
        return svg.ToString();
    }

    private static int Rows(int count) => (count + Columns - 1) / Columns;

    /// <summary>Lays the tasks out in rows of <see cref="Columns"/>; returns the y below the last row.</summary>
    private static double Grid(StringBuilder svg, IReadOnlyList<TaskEntry> tasks, double top, double left, string highlighted, IReadOnlySet<string> related, Language language)
    {
        for (var i = 0; i < tasks.Count; i++)
        {
            var x = left + (i % Columns) * (BoxW + Gap);
            var y = top + (i / Columns) * (BoxH + Gap);
            Node(svg, tasks[i], x, y, highlighted, related, language);
        }
        return top + Rows(tasks.Count) * (BoxH + Gap);
    }

    private static void Node(StringBuilder svg, TaskEntry task, double x, double y, string highlighted, IReadOnlySet<string> related, Language language)
    {
        var kind = string.Equals(task.Id, highlighted, StringComparison.OrdinalIgnoreCase) ? " highlighted" : related.Contains(task.Id) ? " related" : "";
        var idText = task.Repeats ? $"{task.Id} ●" : task.Id;
        var name = Capitalised(task.Name.In(language));
        var label = $"{idText}: {name}";
        svg.Append(CultureInfo.InvariantCulture,
            $"<a class=\"task{kind}\" href=\"#{TaskAnchor(task.Id)}\" id=\"node-{Slug(task.Id)}\" data-task=\"{Encode(task.Id)}\" data-repeats=\"{(task.Repeats ? "true" : "false")}\">");
        // The title names the link with the whole name; the box shows its start (an aria-label would differ from it).
        svg.Append("<title>").Append(Encode(label)).Append("</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"task-box\" x=\"{x}\" y=\"{y}\" width=\"{BoxW}\" height=\"{BoxH}\" rx=\"6\"/>");
        SvgLines(svg, [idText], x + 10, y + 20, 0, "task-id");
        SvgLines(svg, Wrap(name, NameWidth, NameLines), x + 10, y + 40, 16, "task-name");
        svg.Append("</a>");
    }
}

/// <summary>What the map and the task details share: which tasks the catalogue links to a task, either way.</summary>
public static class TaskMap
{
    public static IReadOnlySet<string> RelatedTo(Catalogue catalogue, string taskId)
    {
        var own = catalogue.Find(taskId)?.Links.Select(l => l.Task) ?? [];
        var pointing = catalogue.Tasks.Where(t => t.Links.Any(l => string.Equals(l.Task, taskId, StringComparison.OrdinalIgnoreCase))).Select(t => t.Id);
        return own.Concat(pointing).Where(id => !string.Equals(id, taskId, StringComparison.OrdinalIgnoreCase)).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Each link between the task and another, with the text and uncertainty the catalogue gives it.</summary>
    public static IEnumerable<(string Other, TaskLink Link)> LinksOf(Catalogue catalogue, string taskId)
    {
        foreach (var link in catalogue.Find(taskId)?.Links ?? []) yield return (link.Task, link);
        foreach (var task in catalogue.Tasks)
        {
            foreach (var link in task.Links.Where(l => string.Equals(l.Task, taskId, StringComparison.OrdinalIgnoreCase))) yield return (task.Id, link);
        }
    }
}
