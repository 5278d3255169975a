using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Lv;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace ChatAssistant.Knowledge.Search;

/// <summary>
/// Latvian analysis that works for text typed without diacritics: fold first, then stem, so that "pārvaldības"
/// and "parvaldibas" give the same term. Question words are stopwords; agent nouns (vadītājs, vadītājam, ...) share
/// one stem, which the light Latvian stemmer alone does not give them, and so do the feminine forms (saimniece, saimniecei).
/// </summary>
public sealed class LatvianFoldingAnalyzer : Analyzer
{
    /// <summary>Question and filler words that say nothing about the topic, already folded.</summary>
    public static readonly IReadOnlyList<string> QuestionWords =
    [
        "kas", "kam", "ko", "kur", "kad", "ka", "kads", "kada", "kadi", "kadas", "kadu", "kadus", "kadam", "kadiem",
        "kurs", "kura", "kuri", "kuras", "kuru", "kuram", "kuriem", "kapec", "cik", "vai", "ir", "bus", "jabut",
        "man", "mums", "es", "mes", "jus", "tu", "ludzu", "pastastiet", "pastasti", "paskaidrojiet", "paskaidro",
        "velos", "gribu", "zinat", "uzzinat", "sis", "sai", "so", "sa", "ta", "to", "tas", "tie", "sie", "tiem", "saja",
        "var", "varu", "vajag", "japiedalas", "ari", "tad", "tikai", "visi", "vispar", "lai", "kaut", "ka",
    ];

    private static readonly CharArraySet StopWords = BuildStopWords();
    private static readonly StemmerOverrideFilter.StemmerOverrideMap AgentNouns = BuildAgentNouns();

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(LuceneInfo.Version, reader);
        TokenStream chain = new LowerCaseFilter(LuceneInfo.Version, source);
        chain = new ASCIIFoldingFilter(chain);
        chain = new StopFilter(LuceneInfo.Version, chain, StopWords);
        chain = new StemmerOverrideFilter(chain, AgentNouns);
        chain = new LatvianStemFilter(chain);
        return new TokenStreamComponents(source, chain);
    }

    private static CharArraySet BuildStopWords()
    {
        var set = new CharArraySet(LuceneInfo.Version, 200, ignoreCase: true);
        foreach (var word in LatvianAnalyzer.DefaultStopSet) set.Add(TextFolding.Fold(word));
        foreach (var word in QuestionWords) set.Add(word);
        return set.AsReadOnly();
    }

    private static StemmerOverrideFilter.StemmerOverrideMap BuildAgentNouns()
    {
        var builder = new StemmerOverrideFilter.Builder(ignoreCase: false);
        string[] endings = ["s", "a", "am", "u", "i", "u", "iem", "us", "os", "as", "ai", "ie"];
        foreach (var stem in new[] { "vaditaj", "saimniek", "dalibniek" })
        {
            foreach (var ending in endings) builder.Add(stem + ending, stem);
        }
        // The feminine: saimniece, saimnieces, saimniecei (the k of the stem turns c) is the same owner.
        foreach (var stem in new[] { "saimniec", "dalibniec" })
        {
            foreach (var ending in new[] { "e", "es", "ei", "em", "u" }) builder.Add(stem + ending, stem[..^1] + "k");
        }
        return builder.Build();
    }
}
