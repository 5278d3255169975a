namespace ChatAssistant.Knowledge.Model;

/// <summary>Groups of words and phrases, in either language, that staff use for the same thing.</summary>
public sealed record Synonyms(IReadOnlyList<IReadOnlyList<string>> Groups)
{
    public static readonly Synonyms None = new([]);
}
