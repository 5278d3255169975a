using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatAssistant.Knowledge.Tests.Model;

/// <summary>
/// The card's key facts, pinned word for word in TestData/card-facts/PU2-6.json so the content tests compare the
/// content files with the card itself in any clone of the repository.
/// </summary>
public sealed record CardFacts(
    string Card,
    int Slides,
    IReadOnlyList<CardFacts.RoleFacts> Roles,
    IReadOnlyList<CardFacts.PhaseFacts> Phases,
    CardFacts.CatalogueFacts Catalogue,
    IReadOnlyList<string> Conditions,
    IReadOnlyList<string> LegalActs,
    IReadOnlyList<CardFacts.Statement> Statements,
    IReadOnlyList<CardFacts.UnclearFact> Unclear)
{
    public sealed record RoleFacts(string Id, string Holder, string Role, int Slide, string Definition, IReadOnlyList<string> Duties);

    public sealed record PhaseFacts(string Id, int Slide, IReadOnlyList<string> Steps);

    public sealed record CatalogueFacts(
        int Slide,
        IReadOnlyDictionary<string, int> Groups,
        IReadOnlyList<string> Repeated,
        IReadOnlyDictionary<string, string> NamesReadable,
        IReadOnlyList<string> Unreadable,
        [property: JsonPropertyName("besidePU2-6")] IReadOnlyList<string> BesidePu26);

    public sealed record Statement(int Slide, string Lv);

    public sealed record UnclearFact(int Slide, string What, string Where);

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip };

    public static CardFacts Load(string card) =>
        JsonSerializer.Deserialize<CardFacts>(File.ReadAllText(TestPaths.TestData("card-facts", card + ".json")), Options)
        ?? throw new InvalidDataException($"card-facts/{card}.json is empty");

    /// <summary>
    /// Sentences from the card and from the content compare equal when they differ only in what a list item's
    /// layout changes: surrounding space, a trailing full stop or semicolon, and the case of the first letter.
    /// </summary>
    public static string Sentence(string text)
    {
        var trimmed = text.Trim().TrimEnd('.', ';', '!').Trim();
        return trimmed.Length == 0 ? trimmed : char.ToLowerInvariant(trimmed[0]) + trimmed[1..];
    }
}
