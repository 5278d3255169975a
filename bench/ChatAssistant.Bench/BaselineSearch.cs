using ChatAssistant.Knowledge.Answers;
using ChatAssistant.Knowledge.Model;
using ChatAssistant.Knowledge.Understanding;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace ChatAssistant.Bench;

/// <summary>
/// The baseline: plain StandardAnalyzer BM25 over the same answer units, top hit wins, no understanding and no
/// "don't know" (it declines only when nothing matches at all).
/// </summary>
internal sealed class BaselineSearch : IDisposable
{
    private readonly RAMDirectory directory = new();
    private readonly StandardAnalyzer analyzer = new(LuceneVersion.LUCENE_48);
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;
    private readonly IReadOnlyList<AnswerUnit> units;

    public BaselineSearch(IReadOnlyList<AnswerUnit> units)
    {
        this.units = units;
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer) { Similarity = new BM25Similarity() }))
        {
            for (var i = 0; i < units.Count; i++)
            {
                var u = units[i];
                var text = string.Join("\n", new[] { u.Title.Lv, u.Title.En, u.Direct.Lv, u.Direct.En }.Concat(u.Facts.SelectMany(f => new[] { f.Text.Lv, f.Text.En })));
                writer.AddDocument(new Document { new StoredField("i", i), new TextField("text", text, Field.Store.NO) });
            }
        }
        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
    }

    public Answer Ask(string question)
    {
        var parser = new QueryParser(LuceneVersion.LUCENE_48, "text", analyzer);
        var escaped = QueryParserBase.Escape(question.Length > 1000 ? question[..1000] : question);
        Query query;
        try
        {
            query = parser.Parse(escaped.Trim().Length == 0 ? "\"\"" : escaped);
        }
        catch (ParseException)
        {
            return Empty(question);
        }
        var collector = TopScoreDocCollector.Create(10, true);
        searcher.Search(query, collector);
        var hits = collector.GetTopDocs().ScoreDocs
            .Select(h => new RankedHit(units[searcher.Doc(h.Doc).GetField("i").GetInt32Value()!.Value].Id, h.Score, h.Score)).ToList();
        if (hits.Count == 0) return Empty(question);
        return new Answer(question, Language.Lv, QuestionKind.Unknown, AnswerStatus.Answered, 1, hits[0].UnitId, "", "", [], null, null, false, [], hits);
    }

    private static Answer Empty(string question) =>
        new(question, Language.Lv, QuestionKind.Unknown, AnswerStatus.Unknown, 0, null, "", "", [], null, null, true, [], []);

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
        analyzer.Dispose();
    }
}
