using ChatAssistant.Knowledge.Model;
using static ChatAssistant.Knowledge.Answers.Phrases;

namespace ChatAssistant.Knowledge.Answers;

/// <summary>Turns the knowledge base into the answer units that the index holds, each with its citation.</summary>
public static class UnitBuilder
{
    public static IReadOnlyList<AnswerUnit> Build(KnowledgeBase knowledge)
    {
        var units = new List<AnswerUnit>();
        foreach (var card in knowledge.Cards)
        {
            units.AddRange(RoleUnits.Build(card, knowledge.Glossary));
            units.AddRange(CardUnits.Build(card, knowledge));
        }
        units.AddRange(knowledge.Catalogue.Tasks.Select(t => TaskUnit(t, knowledge)));
        units.AddRange(CatalogueUnits.Build(knowledge.Catalogue));

        // Follow-ups may name units that a smaller card lacks; keep only those that exist.
        // Glossary units (a condition, a legal act) come from every card that names them; the first card's stays.
        units = units.DistinctBy(u => u.Id).ToList();
        var ids = units.Select(u => u.Id).ToHashSet();
        return units.Select(u => u with { FollowUps = u.FollowUps.Where(ids.Contains).Distinct().ToList() }).ToList();
    }

    private static AnswerUnit TaskUnit(TaskEntry task, KnowledgeBase knowledge)
    {
        var group = knowledge.Catalogue.Groups.First(g => g.Id == task.Group);
        var held = knowledge.Card(task.Id) is not null;
        var facts = new List<Fact> { new(held ? CardHeld : Format(CardNotHeld, Same(task.Source.Card))) };
        if (task.Repeats) facts.Add(new Fact(Repeats));
        facts.AddRange(task.Links.Select(l =>
            new Fact(Format(new Text("{0}: {1}", "{0}: {1}"), Same(l.Task), l.Relation), l.Unclear)));
        return new AnswerUnit(
            UnitIds.Task(task.Id),
            Topic.Task,
            task.Source,
            LinkedUnits.TaskName(task),
            Format(TaskDirect, Same(task.Id), Official(task.Name), Same(group.Id), Official(group.Name)),
            facts,
            task.Unclear,
            new UnitEntities([], Task: task.Id),
            [task.Id, task.Name.Lv, task.Name.En],
            held ? [UnitIds.Related(task.Id), UnitIds.Section(task.Id, "results")] : task.Links.Select(l => UnitIds.Task(l.Task)).Append(UnitIds.Task(task.Source.Card)).ToList());
    }
}
