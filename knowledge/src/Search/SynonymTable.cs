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
            if (!AnyMemberAsked(group, questionTerms)) continue;
            foreach (var member in group)
            {
                foreach (var term in member.Terms) yield return (member.Field, term);
            }
        }
    }

    // Plain loops: this runs for every group on every uncached question, where lambdas cost a delegate each.
    private static bool AnyMemberAsked(List<(string Field, string[] Terms)> group, IReadOnlyDictionary<string, HashSet<string>> questionTerms)
    {
        foreach (var member in group)
        {
            if (!questionTerms.TryGetValue(member.Field, out var terms)) continue;
            var all = true;
            foreach (var term in member.Terms)
            {
                if (!terms.Contains(term)) { all = false; break; }
            }
            if (all) return true;
        }
        return false;
    }
}
