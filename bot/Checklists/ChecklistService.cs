using ChatAssistant.Cards.Checklists;
using ChatAssistant.Cards.Strings;
using ChatAssistant.Knowledge.Checklists;
using ChatAssistant.Knowledge.Model;
using ChatAssistant.Knowledge.Search;

namespace ChatAssistant.Bot.Checklists;

/// <summary>What a checklist button asked for, validated from its payload.</summary>
public sealed record ChecklistCommand(string Verb, string Card, string Role, string Name, string Owner, string Version, long Revision, IReadOnlyDictionary<string, bool> Ticks);

/// <summary>The card to show after a command, or an error to say instead; Export also carries the text to post.</summary>
public sealed record ChecklistOutcome(ChecklistView? View, string? Error, string? ExportText = null);

/// <summary>
/// Checklists per user, role and named piece of work. Every command is checked before it touches progress: an unknown
/// role or step, a card drawn from an older checklist, or a click by someone other than the owner changes nothing.
/// </summary>
public sealed class ChecklistService(KnowledgeIndex index, IChecklistStore store, TimeProvider time)
{
    public const int MaxNameLength = 120;

    public KnowledgeBase Knowledge => index.Current.Knowledge;

    /// <summary>The card whose checklists a plain "checklist" command means.</summary>
    public string DefaultCard => Knowledge.DefaultRoleCard;

    public IReadOnlyList<(Role Role, Text Definition)> Roles(string card) => Knowledge.Roles(card);

    public async Task<ChecklistOutcome> OpenAsync(string userId, string card, string role, string name, Language language, CancellationToken cancellationToken)
    {
        var checklist = ChecklistBuilder.Build(Knowledge, card, role);
        if (checklist is null) return new ChecklistOutcome(null, ChecklistText.Unknown.In(language));
        var progress = await store.GetAsync(userId, card, role, CleanName(name, card), cancellationToken);
        return new ChecklistOutcome(View(checklist, CleanName(name, card), userId, progress, language), null);
    }

    public async Task<ChecklistOutcome> HandleAsync(string userId, ChecklistCommand command, Language language, CancellationToken cancellationToken)
    {
        var checklist = ChecklistBuilder.Build(Knowledge, command.Card, command.Role);
        if (checklist is null || command.Ticks.Keys.Any(id => checklist.Item(id) is null)) return new ChecklistOutcome(null, ChecklistText.Unknown.In(language));

        var name = CleanName(command.Name, command.Card);
        var progress = await store.GetAsync(command.Owner, command.Card, command.Role, name, cancellationToken);
        if (command.Owner != userId)
        {
            var owners = View(checklist, name, command.Owner, progress, language, ChecklistText.NotYours.In(language));
            return new ChecklistOutcome(command.Verb == ChecklistActions.Refresh ? owners with { Notice = null } : owners, null);
        }

        switch (command.Verb)
        {
            case ChecklistActions.Refresh:
                return new ChecklistOutcome(View(checklist, name, userId, progress, language), null);
            case ChecklistActions.Export:
                var view = View(checklist, name, userId, progress, language);
                return new ChecklistOutcome(view, null, ChecklistExport.ToText(view));
            case ChecklistActions.Save or ChecklistActions.Reset when command.Version != checklist.Version:
                return new ChecklistOutcome(View(checklist, name, userId, progress, language, ChecklistText.Stale.In(language)), null);
            case ChecklistActions.Save or ChecklistActions.Reset when command.Revision != (progress?.Revision ?? 0):
                // The card shows an older save (e.g. another device saved since): its ticks would undo that save.
                return new ChecklistOutcome(View(checklist, name, userId, progress, language, ChecklistText.Conflict.In(language)), null);
            case ChecklistActions.Save or ChecklistActions.Reset:
                var done = command.Verb == ChecklistActions.Reset
                    ? new HashSet<string>()
                    : command.Ticks.Where(t => t.Value).Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
                var saved = await store.SaveAsync(
                    new ChecklistProgress(userId, command.Card, command.Role, name, done, checklist.Version, 0, time.GetUtcNow()),
                    progress?.Revision ?? 0, cancellationToken);
                if (saved is null)
                {
                    var latest = await store.GetAsync(userId, command.Card, command.Role, name, cancellationToken);
                    return new ChecklistOutcome(View(checklist, name, userId, latest, language, ChecklistText.Conflict.In(language)), null);
                }
                var notice = command.Verb == ChecklistActions.Reset ? ChecklistText.Cleared : ChecklistText.Saved;
                return new ChecklistOutcome(View(checklist, name, userId, saved, language, notice.In(language)), null);
            default:
                return new ChecklistOutcome(null, ChecklistText.Unknown.In(language));
        }
    }

    public async Task<IReadOnlyList<ChecklistSummary>> ListAsync(string userId, CancellationToken cancellationToken)
    {
        var summaries = new List<ChecklistSummary>();
        foreach (var progress in await store.ListAsync(userId, cancellationToken))
        {
            var checklist = ChecklistBuilder.Build(Knowledge, progress.Card, progress.Role);
            if (checklist is null) continue;
            summaries.Add(new ChecklistSummary(progress.Card, checklist.Role, progress.Name,
                checklist.Items.Count(i => progress.Done.Contains(i.Id)), checklist.Items.Count(), progress.UpdatedAt));
        }
        return summaries;
    }

    /// <summary>Ticks saved against an older checklist keep only the items that still exist.</summary>
    private static ChecklistView View(Checklist checklist, string name, string owner, ChecklistProgress? progress, Language language, string? notice = null) =>
        new(checklist, name, owner, (progress?.Done ?? new HashSet<string>()).Where(id => checklist.Item(id) is not null).ToHashSet(), language, notice)
        {
            Revision = progress?.Revision ?? 0,
        };

    /// <summary>Unnamed work is named after the card, the same in both languages, so it is one checklist.</summary>
    private static string CleanName(string? name, string card)
    {
        var clean = string.Join(' ', (name ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (clean.Length == 0) return card;
        return clean.Length > MaxNameLength ? clean[..MaxNameLength] : clean;
    }
}
