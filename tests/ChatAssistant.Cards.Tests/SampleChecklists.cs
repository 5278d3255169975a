using ChatAssistant.Knowledge.Checklists;
using ChatAssistant.Knowledge.Loading;
using ChatAssistant.Knowledge.Model;

namespace ChatAssistant.Cards.Tests;

/// <summary>Checklists built from the shipped content, so the cards are tested on the real items.</summary>
public static class SampleChecklists
{
    private static readonly KnowledgeBase Knowledge = KnowledgeLoader.Load(ContentLocator.Resolve(null));

    public static Checklist ServiceManager { get; } = ChecklistBuilder.Build(Knowledge, "PU2-6", "service-owner")!;

    public static IReadOnlyList<(Role Role, Text Definition)> Roles { get; } =
        Knowledge.Card("PU2-6")!.Roles.Select(r => (Knowledge.Glossary.Role(r.Role), r.Definition)).ToList();
}
