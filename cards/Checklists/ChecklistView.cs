using ChatAssistant.Knowledge.Checklists;
using ChatAssistant.Knowledge.Model;

namespace ChatAssistant.Cards.Checklists;

/// <summary>
/// What a checklist card shows: whose checklist, for which piece of work, what is ticked, and an optional notice
/// (saved, stale card, someone else's checklist).
/// </summary>
public sealed record ChecklistView(Checklist Checklist, string Name, string OwnerId, IReadOnlySet<string> Done, Language Language, string? Notice = null)
{
    /// <summary>The save this card shows (0: never saved). A save from a card showing an older one is refused.</summary>
    public long Revision { get; init; }

    /// <summary>Whom Teams refreshes the card for: the owner's Teams user id (an MRI), when the owner is known by another id.</summary>
    public string? RefreshUserId { get; init; }
}

/// <summary>One line of "my checklists".</summary>
public sealed record ChecklistSummary(string Card, Role Role, string Name, int Done, int Total, DateTimeOffset UpdatedAt);
