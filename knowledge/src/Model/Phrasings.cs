namespace ChatAssistant.Knowledge.Model;

/// <summary>
/// Phrasings people actually use for an answer unit, in both languages (<c>questions.yaml</c>): the editors' way to
/// fix a miss without touching code. <see cref="Line"/> is where the entry stands, for errors about it.
/// </summary>
public sealed record Phrasing(string Unit, Aliases Questions, int Line);

public sealed record Phrasings(IReadOnlyList<Phrasing> Entries)
{
    public static readonly Phrasings None = new([]);

    /// <summary>Every phrasing of <paramref name="unit"/>, in both languages; empty when it has none.</summary>
    public IEnumerable<string> Of(string unit, Language language) =>
        Entries.Where(e => e.Unit == unit).SelectMany(e => e.Questions.In(language));
}
