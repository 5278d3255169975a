using ChatAssistant.Knowledge.Model;

namespace ChatAssistant.Knowledge.Checklists;

/// <summary>
/// A role holder's checklist for one card: their duties and the steps of each phase, in order. <see cref="Version"/>
/// changes whenever the items change, so a card rendered from an older version can be recognised as stale.
/// </summary>
public sealed record Checklist(string Card, Role Role, IReadOnlyList<ChecklistPhase> Phases, string Version)
{
    public IEnumerable<ChecklistItem> Items => Phases.SelectMany(p => p.Items);
    public ChecklistItem? Item(string id) => Items.FirstOrDefault(i => i.Id == id);

    /// <summary>The card slides the items come from, in order, for the citation.</summary>
    public IEnumerable<int> Slides => Items.Select(i => i.Source.Slide).Distinct().Order();
}

/// <summary>One phase (before, while, after creating the regulation) with its items.</summary>
public sealed record ChecklistPhase(string Phase, Text Name, IReadOnlyList<ChecklistItem> Items);

/// <summary>A duty of the role or a step everyone takes, with its citation.</summary>
public sealed record ChecklistItem(string Id, Text Text, bool IsDuty, Source Source);
