using ChatAssistant.Knowledge.Model;

namespace ChatAssistant.Knowledge.Search;

/// <summary>
/// The synonym groups, analyzed for both text fields. A question that contains every term of one member of a group
/// is expanded with the terms of all its members.
/// </summary>
internal sealed class SynonymTable
{
    private readonly List<List<(string Field, string[] Terms)>> groups;

    public SynonymTable(Synonyms synonyms, TermAnalysis analysis)
    {
        groups = synonyms.Groups
            .Select(g => g.SelectMany(member => new[] { Fields.Latvian, Fields.English }
                    .Select(field => (Field: field, Terms: analysis.Terms(field, member).ToArray())))
                .Where(m => m.Terms.Length > 0)
                .ToList())
            .ToList();
    }

    public IEnumerable<(string Field, string Term)> AllTerms =>
        groups.SelectMany(g => g.SelectMany(m => m.Terms.Select(t => (m.Field, t))));

    public IEnumerable<(string Field, string Term)> Expand(IReadOnlyDictionary<string, HashSet<string>> questionTerms)
    {
        foreach (var group in groups)
        {
            var hit = group.Any(m => questionTerms.TryGetValue(m.Field, out var terms) && m.Terms.All(terms.Contains));
            if (!hit) continue;
            foreach (var member in group)
            {
                foreach (var term in member.Terms) yield return (member.Field, term);
            }
        }
    }
}
