using ChatAssistant.Knowledge.Model;
using static ChatAssistant.Knowledge.Answers.Phrases;

namespace ChatAssistant.Knowledge.Answers;

/// <summary>
/// Answer units about the task map as a whole: how many tasks there are, the tasks of each group, and which tasks
/// appear in several places. Every list says which of its entries the source does not show reliably.
/// </summary>
internal static class CatalogueUnits
{
    private static readonly Text CountTitle = new("Cik ir pakalpojumu pārvaldības uzdevumu", "How many service-management tasks there are");
    private static readonly Text CountDirect = new("Pakalpojumu pārvaldībā ir {0} uzdevumi: {1}.", "Service management has {0} tasks: {1}.");
    private static readonly Text GroupCount = new("{0} „{1}” — {2}", "{0} {1} — {2}");
    private static readonly Text GroupTitle = new("Grupas {0} uzdevumi", "The tasks of group {0}");
    private static readonly Text GroupDirect = new("Grupā {0} „{1}” ir {2} uzdevumi: {3}.", "Group {0} ({1}) has {2} tasks: {3}.");
    private static readonly Text RepeatedTitle = new("Uzdevumi, kas shēmā atkārtojas (●)", "Tasks that appear in several places on the map (●)");
    private static readonly Text RepeatedDirect = new("Uzdevumu shēmā vairākās vietās ar atšķirīgu pielietojumu atkārtojas {0} uzdevumi (●): {1}.", "On the task map, {0} tasks appear in several places, each with a different application (●): {1}.");
    private static readonly Text SomeUnclear = new("Dažu uzdevumu nosaukumi no bojātā OCR nav droši salasāmi: {0}.", "The names of some tasks cannot be read reliably from the damaged OCR: {0}.");

    public static IEnumerable<AnswerUnit> Build(Catalogue catalogue)
    {
        if (catalogue.Tasks.Count == 0) yield break;
        var source = catalogue.Tasks[0].Source;
        // The count is certain; only some names are not: the note says which, as an uncertain fact.
        var unclearIds = string.Join(", ", catalogue.Tasks.Where(t => t.Unclear is not null).Select(t => t.Id));
        Fact[] unclear = unclearIds.Length == 0 ? [] : [new Fact(Format(SomeUnclear, Same(unclearIds)), Format(SomeUnclear, Same(unclearIds)))];

        var perGroup = catalogue.Groups.Select(g => Format(GroupCount, Same(g.Id), g.Name, Same(catalogue.Tasks.Count(t => t.Group == g.Id).ToString(System.Globalization.CultureInfo.InvariantCulture))));
        yield return new AnswerUnit(
            "catalogue:count",
            Topic.Catalogue,
            source,
            CountTitle,
            Format(CountDirect, Same(catalogue.Tasks.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)), Join("; ", perGroup)),
            [.. catalogue.Groups.Select(g => new Fact(Format(GroupCount, Same(g.Id), g.Name, Same(Ids(catalogue.Tasks.Where(t => t.Group == g.Id)))))), .. unclear],
            null,
            new UnitEntities([], CatalogueAsk: "count"),
            [],
            [.. catalogue.Groups.Select(g => $"catalogue:group:{g.Id}"), "catalogue:repeated"]);

        foreach (var group in catalogue.Groups)
        {
            var tasks = catalogue.Tasks.Where(t => t.Group == group.Id).ToList();
            yield return new AnswerUnit(
                $"catalogue:group:{group.Id}",
                Topic.Catalogue,
                source,
                Format(GroupTitle, Same(group.Id)),
                Format(GroupDirect, Same(group.Id), group.Name, Same(tasks.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)), Same(Ids(tasks))),
                tasks.Select(t => new Fact(LinkedUnits.TaskName(t), t.Unclear)).ToList(),
                null,
                new UnitEntities([], Group: group.Id),
                [group.Id, group.Name.Lv, group.Name.En],
                ["catalogue:count"]);
        }

        var repeated = catalogue.Tasks.Where(t => t.Repeats).ToList();
        yield return new AnswerUnit(
            "catalogue:repeated",
            Topic.Catalogue,
            source,
            RepeatedTitle,
            Format(RepeatedDirect, Same(repeated.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)), Same(Ids(repeated))),
            repeated.Select(t => new Fact(LinkedUnits.TaskName(t), t.Unclear)).ToList(),
            null,
            new UnitEntities([], CatalogueAsk: "repeated"),
            [],
            repeated.Take(3).Select(t => UnitIds.Task(t.Id)).ToList());
    }

    private static string Ids(IEnumerable<TaskEntry> tasks) => string.Join(", ", tasks.Select(t => t.Id));
}
