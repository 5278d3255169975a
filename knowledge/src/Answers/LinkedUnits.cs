using ChatAssistant.Knowledge.Model;
using static ChatAssistant.Knowledge.Answers.Phrases;

namespace ChatAssistant.Knowledge.Answers;

/// <summary>Answer units for what a card links to: related tasks, dependent conditions and legal acts.</summary>
internal static class LinkedUnits
{
    public static IEnumerable<AnswerUnit> Build(TaskCard card, KnowledgeBase knowledge)
    {
        var glossary = knowledge.Glossary;
        var links = knowledge.Catalogue.Tasks
            .SelectMany(t => t.Links.Where(l => l.Task == card.Id).Select(l => (Task: t, Link: l)))
            .ToList();
        yield return new AnswerUnit(
            UnitIds.Related(card.Id),
            Topic.RelatedTasks,
            new Source(card.Id, card.Related.Slide),
            new Text("Saistītie uzdevumi", "Related tasks"),
            Format(RelatedIntro, Same(card.Id), Join(", ", links.Select(l => TaskName(l.Task)))),
            links.Select(l => new Fact(Format(new Text("{0}: {1}", "{0}: {1}"), TaskName(l.Task), l.Link.Relation), l.Link.Unclear ?? l.Task.Unclear))
                .Append(new Fact(card.Related.Summary)).ToList(),
            card.Related.Unclear,
            UnitEntities.None,
            [],
            links.Take(2).Select(l => UnitIds.Task(l.Task.Id)).ToList());

        var conditions = card.Conditions.Items.Select(id => glossary.Conditions.First(c => c.Id == id)).ToList();
        yield return new AnswerUnit(
            UnitIds.Conditions(card.Id),
            Topic.Conditions,
            new Source(card.Id, card.Conditions.Slide),
            new Text("No uzdevuma atkarīgie nosacījumi", "Conditions that depend on the task"),
            new Text(
                EndSentence($"{card.Conditions.Summary.Lv.TrimEnd(':', '.')}: {string.Join("; ", conditions.Select(c => $"{c.Id} „{c.Name.Lv}”"))}"),
                EndSentence($"{card.Conditions.Summary.En.TrimEnd(':', '.')}: {string.Join("; ", conditions.Select(c => $"{c.Id} {c.Name.En} ({c.Name.Lv})"))}")),
            conditions.Select(c => new Fact(Format(new Text("{0} {1} — {2}", "{0} {1} — {2}"), Same(c.Id), Official(c.Name), Official(c.Group))))
                .Append(new Fact(card.Conditions.Note)).ToList(),
            null,
            UnitEntities.None,
            conditions.SelectMany(c => new[] { c.Name.Lv, c.Name.En, c.Group.Lv, c.Group.En }).ToList(),
            conditions.Take(2).Select(c => UnitIds.Condition(c.Id)).ToList());

        foreach (var condition in conditions)
        {
            yield return new AnswerUnit(
                UnitIds.Condition(condition.Id),
                Topic.Conditions,
                new Source(card.Id, card.Conditions.Slide),
                Format(new Text("{0} {1}", "{0} {1}"), Same(condition.Id), Official(condition.Name)),
                Format(ConditionDirect, Same(condition.Id), condition.Name, condition.Group, Same(card.Id)),
                [new Fact(card.Conditions.Note)],
                null,
                new UnitEntities([], Condition: condition.Id),
                [condition.Id, condition.Name.Lv, condition.Name.En],
                [UnitIds.Conditions(card.Id)]);
        }

        var acts = card.LegalActs.Acts.Select(id => glossary.LegalActs.First(a => a.Id == id)).ToList();
        yield return new AnswerUnit(
            UnitIds.LegalActs(card.Id),
            Topic.LegalActs,
            new Source(card.Id, card.LegalActs.Slide),
            new Text("Normatīvie akti", "Legal acts"),
            new Text(
                EndSentence($"{card.LegalActs.Summary.Lv.TrimEnd(':', '.')}: {string.Join("; ", acts.Select(a => a.Name.Lv))}"),
                EndSentence($"{card.LegalActs.Summary.En.TrimEnd(':', '.')}: {string.Join("; ", acts.Select(a => Official(a.Name).En))}")),
            acts.Select(a => new Fact(Official(a.Name))).ToList(),
            null,
            UnitEntities.None,
            acts.SelectMany(a => new[] { a.Name.Lv, a.Name.En }).ToList(),
            [UnitIds.Section(card.Id, "attention"), UnitIds.Section(card.Id, "consultation")]);

        foreach (var act in acts)
        {
            yield return new AnswerUnit(
                UnitIds.Act(act.Id),
                Topic.LegalActs,
                new Source(card.Id, card.LegalActs.Slide),
                Official(act.Name),
                Format(ActDirect, Official(act.Name), Same(card.Id)),
                [new Fact(card.LegalActs.Summary)],
                null,
                new UnitEntities([], LegalAct: act.Id),
                [act.Name.Lv, act.Name.En, .. act.Aliases.Lv, .. act.Aliases.En],
                [UnitIds.LegalActs(card.Id)]);
        }
    }

    public static Text TaskName(TaskEntry task) => new($"{task.Id} „{task.Name.Lv}”", $"{task.Id} {task.Name.En} ({task.Name.Lv})");
}
