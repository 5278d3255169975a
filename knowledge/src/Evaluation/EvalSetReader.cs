using YamlDotNet.RepresentationModel;

namespace ChatAssistant.Knowledge.Evaluation;

/// <summary>
/// Reads an evaluation set: a YAML list of <c>{ q, lang, category, expect }</c>, expect being an id, a list, or none;
/// or of <c>{ conversation: [{ q, expect }, …], lang, category }</c>, turns asked in order in one conversation.
/// </summary>
public static class EvalSetReader
{
    public static IReadOnlyList<EvalQuestion> Read(string path)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(path)) stream.Load(reader);
        var list = (YamlSequenceNode)stream.Documents[0].RootNode;
        return list.Children.Cast<YamlMappingNode>().SelectMany((item, entry) =>
        {
            var lang = Scalar(item, "lang");
            var category = Scalar(item, "category");
            if (item.Children.TryGetValue(new YamlScalarNode("conversation"), out var turns))
            {
                return ((YamlSequenceNode)turns).Children.Cast<YamlMappingNode>()
                    .Select((turn, i) => Question(turn, lang, category) with { Conversation = entry, Turn = i });
            }
            return [Question(item, lang, category)];
        }).ToList();
    }

    /// <summary>"expect: [levels, none]": where the card is unclear a writer may accept the unit or an honest decline.</summary>
    private static EvalQuestion Question(YamlMappingNode item, string lang, string category)
    {
        var expected = Expected(item);
        var declineAccepted = expected.Count > 1 && expected.Contains("none");
        return new EvalQuestion(Scalar(item, "q"), lang, category, declineAccepted ? expected.Where(e => e != "none").ToList() : expected)
        {
            DeclineAccepted = declineAccepted,
        };
    }

    private static string Scalar(YamlMappingNode item, string key) =>
        item.Children.TryGetValue(new YamlScalarNode(key), out var v) ? ((YamlScalarNode)v).Value ?? "" : "";

    /// <summary>
    /// A label as the units are named. Writers sometimes put the card's ID in front of a label that has none
    /// ("PU2-6:condition:N1-4" for "condition:N1-4"): the unit they mean is plain, so the label is read as that unit.
    /// </summary>
    internal static string Label(string label) => CardPrefixed.Replace(label, "$1");

    private static readonly System.Text.RegularExpressions.Regex CardPrefixed =
        new(@"^[A-Z]{2}\d+-\d+:((condition|act|task|catalogue):.+)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static IReadOnlyList<string> Expected(YamlMappingNode item)
    {
        var expect = item.Children[new YamlScalarNode("expect")];
        return expect switch
        {
            YamlSequenceNode many => many.Children.Select(c => Label(((YamlScalarNode)c).Value!)).ToList(),
            YamlScalarNode { Value: "none" or "" or null } => [],
            YamlScalarNode one => [Label(one.Value!)],
            _ => throw new InvalidDataException($"bad expect at line {expect.Start.Line}"),
        };
    }
}
