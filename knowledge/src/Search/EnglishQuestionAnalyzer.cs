using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;

namespace ChatAssistant.Knowledge.Search;

/// <summary>
/// The stock English chain (possessives, stopwords, Porter stemming) with question words added as stopwords
/// and diacritics folded, so the Latvian terms kept in English text match however they are typed.
/// </summary>
public sealed class EnglishQuestionAnalyzer : Analyzer
{
    public static readonly IReadOnlyList<string> QuestionWords =
    [
        "who", "whom", "whose", "what", "which", "when", "where", "why", "how", "does", "do", "did", "is", "are", "was",
        "can", "could", "would", "should", "shall", "will", "must", "me", "i", "we", "our", "my", "you", "your",
        "please", "tell", "explain", "know", "want", "need", "about", "there", "any", "its", "it", "has", "have", "give",
        "list", "show", "describe", "kind", "kinds", "type", "types", "this",
    ];

    private static readonly CharArraySet StopWords = BuildStopWords();

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(LuceneInfo.Version, reader);
        TokenStream chain = new EnglishPossessiveFilter(LuceneInfo.Version, source);
        chain = new LowerCaseFilter(LuceneInfo.Version, chain);
        chain = new ASCIIFoldingFilter(chain);
        chain = new StopFilter(LuceneInfo.Version, chain, StopWords);
        chain = new PorterStemFilter(chain);
        return new TokenStreamComponents(source, chain);
    }

    private static CharArraySet BuildStopWords()
    {
        var set = new CharArraySet(LuceneInfo.Version, 100, ignoreCase: true);
        foreach (var word in EnglishAnalyzer.DefaultStopSet) set.Add(word);
        foreach (var word in QuestionWords) set.Add(word);
        return set.AsReadOnly();
    }
}
