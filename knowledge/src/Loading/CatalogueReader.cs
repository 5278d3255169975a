using System.Text.RegularExpressions;
using ChatAssistant.Knowledge.Model;

namespace ChatAssistant.Knowledge.Loading;

internal static partial class CatalogueReader
{
    [GeneratedRegex(@"^PU[1-9]-\d{1,2}$")]
    private static partial Regex TaskIdPattern();

    public static Catalogue Read(YamlNode root)
    {
        root.AllowOnly("groups", "areas", "tasks");
        var groupsNode = root["groups"];
        var groups = groupsNode.List(n =>
        {
            n.AllowOnly("id", "name");
            return new TaskGroup(n["id"].RequiredString(), n["name"].RequiredText());
        });
        groupsNode.RequireUniqueIds(groups, g => g.Id);
        var groupIds = groups.Select(g => g.Id).ToList();

        var tasksNode = root["tasks"];
        var pendingLinks = new List<YamlNode>();
        var tasks = tasksNode.List(n =>
        {
            n.AllowOnly("id", "group", "name", "repeats", "unclear", "source", "links");
            var idNode = n["id"];
            var id = idNode.RequiredString();
            if (id.Length > 0 && !TaskIdPattern().IsMatch(id)) idNode.Error($"task id '{id}' is not of the form PU<group>-<number>, e.g. PU2-6");
            var links = n["links"].List(l =>
            {
                l.AllowOnly("task", "relation", "unclear");
                pendingLinks.Add(l["task"]);
                return new TaskLink(l["task"].RequiredString(), l["relation"].RequiredText(), l["unclear"].OptionalText());
            }, required: false);
            return new TaskEntry(
                id,
                n["group"].Reference(groupIds, "task group"),
                n["name"].RequiredText(),
                n["repeats"].OptionalBool(),
                n["unclear"].OptionalText(),
                links,
                SourceReader.Read(n["source"]));
        });
        tasksNode.RequireUniqueIds(tasks, t => t.Id);

        var taskIds = tasks.Select(t => t.Id).ToList();
        foreach (var link in pendingLinks) link.Reference(taskIds, "task");

        var areasNode = root["areas"];
        var areas = areasNode.List(n =>
        {
            n.AllowOnly("id", "name", "tasks", "unclear");
            var members = n["tasks"].List(t => t.Reference(taskIds, "task"));
            return new TaskArea(n["id"].RequiredString(), n["name"].RequiredText(), members, n["unclear"].OptionalText());
        }, required: false);
        areasNode.RequireUniqueIds(areas, a => a.Id);
        return new Catalogue(groups, tasks) { Areas = areas };
    }
}

internal static class SourceReader
{
    public static Source Read(YamlNode node)
    {
        node.AllowOnly("card", "slide");
        var source = new Source(node["card"].RequiredString(), node["slide"].RequiredInt());
        if (source.Slide < 1 && !node.IsMissing) node["slide"].Error("a slide number starts at 1");
        return source;
    }
}
