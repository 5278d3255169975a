using System.Text;
using ChatAssistant.Cards.Strings;
using ChatAssistant.Knowledge.Model;
using static ChatAssistant.Cards.Tab.TabHtml;

namespace ChatAssistant.Cards.Tab;

/// <summary>
/// What a task on the map opens: its name, group, what is known and what is not, and its card when the assistant
/// holds one. One section per task, shown by the fragment (<c>:target</c>) so that it works without JavaScript.
/// </summary>
internal static class TaskDetails
{
    public static void Write(StringBuilder html, KnowledgeBase knowledge, Language language)
    {
        var catalogue = knowledge.Catalogue;
        html.Append("<div class=\"task-details\">");
        foreach (var task in catalogue.Tasks) Write(html, knowledge, task, language);
        html.Append("</div>");
    }

    private static void Write(StringBuilder html, KnowledgeBase knowledge, TaskEntry task, Language language)
    {
        var catalogue = knowledge.Catalogue;
        html.Append("<section class=\"task-detail\" id=\"").Append(TaskAnchor(task.Id)).Append("\" tabindex=\"-1\" aria-labelledby=\"")
            .Append(TaskAnchor(task.Id)).Append("-title\">");
        html.Append("<h3 id=\"").Append(TaskAnchor(task.Id)).Append("-title\">").Append(Encode(Format(TabText.TaskHeading, language, task.Id)))
            .Append(": ").Append(Encode(Capitalised(task.Name.In(language)))).Append("</h3>");

        html.Append("<h4>").Append(Encode(TabText.TaskKnown.In(language))).Append("</h4><ul>");
        var group = catalogue.Groups.FirstOrDefault(g => g.Id == task.Group);
        html.Append("<li>").Append(Encode(TabText.TaskGroup.In(language))).Append(": ").Append(Encode(task.Group));
        if (group is not null) html.Append(" — ").Append(Encode(Capitalised(group.Name.In(language))));
        html.Append("</li>");
        foreach (var area in catalogue.Areas.Where(a => a.Tasks.Contains(task.Id)))
        {
            html.Append("<li>").Append(Encode(TabText.TaskArea.In(language))).Append(": ").Append(Encode(Capitalised(area.Name.In(language))));
            Uncertain(html, area.Unclear, language);
            html.Append("</li>");
        }
        if (task.Repeats) html.Append("<li>").Append(Encode(TabText.TaskRepeats.In(language))).Append("</li>");
        html.Append("<li>").Append(Encode(task.Source.Cite(language))).Append("</li></ul>");

        var links = TaskMap.LinksOf(catalogue, task.Id).ToList();
        if (links.Count > 0)
        {
            html.Append("<h4>").Append(Encode(TabText.TaskRelated.In(language))).Append("</h4><ul>");
            foreach (var (other, link) in links)
            {
                html.Append("<li><a href=\"#").Append(TaskAnchor(other)).Append("\">").Append(Encode(other)).Append("</a>: ")
                    .Append(Encode(link.Relation.In(language)));
                Uncertain(html, link.Unclear, language);
                html.Append("</li>");
            }
            html.Append("</ul>");
        }

        html.Append("<h4>").Append(Encode(TabText.TaskNotKnown.In(language))).Append("</h4>");
        var unknown = new[] { task.Unclear }.Concat(links.Select(l => l.Link.Unclear)).Concat(catalogue.Areas.Where(a => a.Tasks.Contains(task.Id)).Select(a => a.Unclear))
            .OfType<Text>().DistinctBy(u => u.In(language)).ToList();
        if (unknown.Count == 0) html.Append("<p>").Append(Encode(TabText.TaskAllReliable.In(language))).Append("</p>");
        foreach (var unclear in unknown) Uncertain(html, unclear, language);

        html.Append("<p class=\"task-actions\">");
        if (knowledge.Card(task.Id) is not null)
        {
            html.Append("<a class=\"button\" href=\"#").Append(CardAnchor(task.Id)).Append("\">").Append(Encode(Format(TabText.TaskOpenCard, language, task.Id))).Append("</a> ");
        }
        else
        {
            html.Append(Encode(TabText.TaskNoCard.In(language))).Append(' ');
        }
        html.Append("<a href=\"#node-").Append(Slug(task.Id)).Append("\">").Append(Encode(TabText.TaskBackToMap.In(language))).Append("</a></p>");
        html.Append("</section>");
    }
}
