using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;

namespace ChatAssistant.Knowledge.Search;

/// <summary>
/// Folded but unstemmed words, for role, holder and task names: "pakalpojumu" (portfolio) and "pakalpojuma"
/// (one service) must stay different terms here, although the Latvian stemmer merges them.
/// </summary>
public sealed class NameAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(LuceneInfo.Version, reader);
        TokenStream chain = new LowerCaseFilter(LuceneInfo.Version, source);
        chain = new ASCIIFoldingFilter(chain);
        return new TokenStreamComponents(source, chain);
    }
}
