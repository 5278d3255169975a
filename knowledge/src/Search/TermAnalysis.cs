using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ChatAssistant.Knowledge.Search;

/// <summary>The three analyzers the index uses, and a helper to run one over a string.</summary>
internal sealed class TermAnalysis : IDisposable
{
    public Analyzer Latvian { get; } = new LatvianFoldingAnalyzer();
    public Analyzer English { get; } = new EnglishQuestionAnalyzer();
    public Analyzer Names { get; } = new NameAnalyzer();

    public Analyzer For(string field) => field switch
    {
        Fields.Latvian => Latvian,
        Fields.English => English,
        _ => Names,
    };

    public static List<string> Terms(Analyzer analyzer, string field, string text, int limit = 64)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (terms.Count < limit && stream.IncrementToken()) terms.Add(term.ToString());
        stream.End();
        return terms;
    }

    public List<string> Terms(string field, string text, int limit = 64) => Terms(For(field), field, text, limit);

    public void Dispose()
    {
        Latvian.Dispose();
        English.Dispose();
        Names.Dispose();
    }
}
