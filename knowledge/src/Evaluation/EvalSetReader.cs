using YamlDotNet.RepresentationModel;

namespace ChatAssistant.Knowledge.Evaluation;

/// <summary>Reads the evaluation set: a YAML list of <c>{ q, lang, category, expect }</c>, expect being an id, a list, or none.</summary>
public static class EvalSetReader
{
    public static IReadOnlyList<EvalQuestion> Read(string path)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(path)) stream.Load(reader);
        var list = (YamlSequenceNode)stream.Documents[0].RootNode;
        return list.Children.Cast<YamlMappingNode>().Select(item =>
        {
            string Scalar(string key) => item.Children.TryGetValue(new YamlScalarNode(key), out var v) ? ((YamlScalarNode)v).Value ?? "" : "";
            var expect = item.Children[new YamlScalarNode("expect")];
            IReadOnlyList<string> expected = expect switch
            {
                YamlSequenceNode many => many.Children.Select(c => ((YamlScalarNode)c).Value!).ToList(),
                YamlScalarNode { Value: "none" or "" or null } => [],
                YamlScalarNode one => [one.Value!],
                _ => throw new InvalidDataException($"bad expect at line {expect.Start.Line}"),
            };
            return new EvalQuestion(Scalar("q"), Scalar("lang"), Scalar("category"), expected);
        }).ToList();
    }
}
