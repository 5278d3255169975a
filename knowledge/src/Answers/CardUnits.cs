using ChatAssistant.Knowledge.Model;
using static ChatAssistant.Knowledge.Answers.Phrases;

namespace ChatAssistant.Knowledge.Answers;

/// <summary>Answer units for the parts of a card other than the roles: phases, sections, levels, links, acts.</summary>
internal static class CardUnits
{
    public static IEnumerable<AnswerUnit> Build(TaskCard card, KnowledgeBase knowledge)
    {
        var glossary = knowledge.Glossary;
        var phaseOrder = card.Phases.Select(p => p.Id).ToList();
        foreach (var phase in card.Phases)
        {
            var next = phaseOrder.IndexOf(phase.Id) + 1;
            yield return new AnswerUnit(
                UnitIds.Phase(card.Id, phase.Id),
                Topic.Steps,
                new Source(card.Id, phase.Slide),
                Official(glossary.Phase(phase.Id).Name),
                new Text(
                    EndSentence($"{TrimColon(phase.Summary.Lv)}: {string.Join("; ", phase.Steps.Select(s => LowerFirst(s.Text.Lv.TrimEnd('.', ';'))))}"),
                    EndSentence($"{TrimColon(phase.Summary.En)}: {string.Join("; ", phase.Steps.Select(s => LowerFirst(s.Text.En.TrimEnd('.', ';'))))}")),
                phase.Steps.Select(s => new Fact(s.Text, s.Unclear)).ToList(),
                null,
                new UnitEntities([], phase.Id),
                [glossary.Phase(phase.Id).Name.Lv, glossary.Phase(phase.Id).Name.En],
                [next < phaseOrder.Count ? UnitIds.Phase(card.Id, phaseOrder[next]) : UnitIds.Section(card.Id, "consultation"), UnitIds.Section(card.Id, "attention")]);
        }

        foreach (var section in card.Sections)
        {
            yield return new AnswerUnit(
                UnitIds.Section(card.Id, section.Id),
                section.Topic,
                new Source(card.Id, section.Slide),
                Map(section.Title, Capitalise),
                section.Summary,
                section.Items.Select(i => new Fact(i.Text, i.Unclear)).ToList(),
                section.Unclear,
                UnitEntities.None,
                [],
                card.Sections.Where(s => s.Topic == section.Topic && s.Id != section.Id).Select(s => UnitIds.Section(card.Id, s.Id)).Take(2)
                    .Append(section.Topic == Topic.Consultation ? UnitIds.LegalActs(card.Id) : UnitIds.Section(card.Id, "consultation")).ToList());
        }

        yield return new AnswerUnit(
            UnitIds.Levels(card.Id),
            Topic.LevelsScales,
            new Source(card.Id, card.Levels.Slide),
            new Text("Darbības līmeņi, mērogi un lomas", "Levels, scales and roles"),
            card.Levels.Summary,
            card.Levels.Rows.Select(r => new Fact(Format(new Text("{0}, {1}: {2} ({3})", "{0}, {1}: {2}, held by the {3}"),
                Official(glossary.Levels.First(l => l.Id == r.Level).Name),
                Official(glossary.Scales.First(s => s.Id == r.Scale).Name),
                Official(glossary.Role(r.Role).Name),
                Official(glossary.Role(r.Role).Holder)))).ToList(),
            card.Levels.Unclear,
            new UnitEntities(card.Levels.Rows.Select(r => r.Role).ToList()),
            [.. glossary.Levels.SelectMany(l => new[] { l.Name.Lv, l.Name.En }), .. glossary.Scales.SelectMany(s => new[] { s.Name.Lv, s.Name.En })],
            [UnitIds.Stages(card.Id), UnitIds.Role(card.Id, card.Roles[0].Role)]);

        yield return new AnswerUnit(
            UnitIds.Stages(card.Id),
            Topic.LevelsScales,
            new Source(card.Id, card.Stages.Slide),
            new Text("Iesaiste pakalpojumu pārvaldības posmos", "Involvement in the stages of service management"),
            card.Stages.Summary,
            card.Stages.Items.Select(i => new Fact(Official(glossary.Stages.First(s => s.Id == i.Stage).Name), i.Unclear)).ToList(),
            card.Stages.Unclear,
            new UnitEntities([], Lifecycle: true),
            // The stages' other names too: people ask about "retiring" or "closing down" a service, not "decommissioning".
            glossary.Stages.SelectMany(s => new[] { s.Name.Lv, s.Name.En }.Concat(s.Aliases.Lv).Concat(s.Aliases.En)).ToList(),
            [UnitIds.Levels(card.Id)]);

        foreach (var unit in LinkedUnits.Build(card, knowledge)) yield return unit;
    }

    private static string TrimColon(string s) => s.TrimEnd().TrimEnd(':', '.');
}
