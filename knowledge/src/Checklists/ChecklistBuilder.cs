using System.Security.Cryptography;
using System.Text;
using ChatAssistant.Knowledge.Model;

namespace ChatAssistant.Knowledge.Checklists;

/// <summary>Builds a role's checklist from a card: in each phase, first the role's own duties, then the shared steps.</summary>
public static class ChecklistBuilder
{
    public static Checklist? Build(KnowledgeBase knowledge, string cardId, string roleId)
    {
        var card = knowledge.Card(cardId);
        var duties = card?.Roles.FirstOrDefault(r => r.Role == roleId);
        if (card is null || duties is null) return null;

        var phases = card.Phases.Select(phase => new ChecklistPhase(
            phase.Id,
            knowledge.Glossary.Phase(phase.Id).Name,
            duties.Duties.Where(d => d.Phase == phase.Id)
                .Select(d => new ChecklistItem($"duty.{d.Id}", d.Text, true, new Source(card.Id, duties.Slide)))
                .Concat(phase.Steps.Select(s => new ChecklistItem($"step.{phase.Id}.{s.Id}", s.Text, false, new Source(card.Id, phase.Slide))))
                .ToList()))
            .ToList();
        return new Checklist(card.Id, knowledge.Glossary.Role(roleId), phases, VersionOf(phases));
    }

    /// <summary>Roles that have a checklist on the card, in card order.</summary>
    public static IReadOnlyList<Role> Roles(KnowledgeBase knowledge, string cardId) =>
        knowledge.Card(cardId)?.Roles.Select(r => knowledge.Glossary.Role(r.Role)).ToList() ?? [];

    private static string VersionOf(IEnumerable<ChecklistPhase> phases)
    {
        var text = string.Join("\n", phases.SelectMany(p => p.Items).Select(i => $"{i.Id}|{i.Text.Lv}|{i.Text.En}"));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12].ToLowerInvariant();
    }
}
