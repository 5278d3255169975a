using ChatAssistant.Knowledge.Answers;
using ChatAssistant.Knowledge.Model;
using Term = Lucene.Net.Index.Term;
using ChatAssistant.Knowledge.Understanding;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace ChatAssistant.Knowledge.Search;

/// <summary>
/// One built index over one version of the content, with everything derived from it. Immutable once built, so
/// that a rebuild can swap a whole new snapshot in while searches on the old one finish.
/// </summary>
public sealed class IndexSnapshot : IDisposable
{
    private readonly RAMDirectory directory = new();
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;
    private readonly TermAnalysis analysis = new();
    private readonly SynonymTable synonyms;
    private readonly Dictionary<string, HashSet<string>> vocabulary;
    private readonly Dictionary<string, HashSet<string>> indexTerms;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Field, string Term), ScoreDoc[]> termScores = new();
    private readonly AnswerUnit[] unitsByDoc;
    private readonly Dictionary<string, Dictionary<string, HashSet<string>>> unitTerms;
    private readonly Dictionary<string, Dictionary<string, HashSet<string>>> titleTerms;
    private readonly Dictionary<string, Dictionary<string, int>> titleFrequency;
    // The same terms turned around, per text field: term → the ordinals of the units whose text (or title) holds it, so
    // that what a question shares with every unit is counted once per question instead of once per unit and term.
    private readonly Dictionary<AnswerUnit, int> ordinals;
    private readonly Dictionary<string, Dictionary<string, int[]>> unitsWithTerm;
    private readonly Dictionary<string, Dictionary<string, int[]>> unitsWithTitleTerm;
    private const int DistinctiveTitleLimit = 3;

    public KnowledgeBase Knowledge { get; }
    public IReadOnlyList<AnswerUnit> Units { get; }
    public IReadOnlyDictionary<string, AnswerUnit> UnitsById { get; }
    public QuestionUnderstanding Understanding { get; }

    /// <summary>Corrects typos in a question against this content's vocabulary.</summary>
    public SpellingCorrector Spelling { get; }

    /// <summary>How long building this snapshot took, from loaded content to a searchable index.</summary>
    public TimeSpan BuildTime { get; }

    public IndexSnapshot(KnowledgeBase knowledge)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        Knowledge = knowledge;
        Units = UnitBuilder.Build(knowledge);
        UnitsById = Units.ToDictionary(u => u.Id);
        var intents = new IntentMatcher(knowledge.Intents, Units.SelectMany(u => new[] { u.Title.Lv, u.Title.En })
            .Concat(knowledge.Phrasings.Entries.SelectMany(e => e.Questions.Lv.Concat(e.Questions.En))),
            knowledge.Glossary.Roles.SelectMany(r => new[] { r.Name.Lv, r.Name.En, r.Holder.Lv, r.Holder.En }.Concat(r.Aliases.Lv).Concat(r.Aliases.En)), analysis);
        Understanding = new QuestionUnderstanding(knowledge.Glossary, knowledge.Catalogue.Groups, intents.IsEmpty ? null : intents.Match);
        synonyms = new SynonymTable(knowledge.Synonyms, analysis);

        var perField = new PerFieldAnalyzerWrapper(analysis.Names, new Dictionary<string, Lucene.Net.Analysis.Analyzer>
        {
            [Fields.Latvian] = analysis.Latvian,
            [Fields.English] = analysis.English,
            [Fields.QuestionsLatvian] = analysis.Latvian,
            [Fields.QuestionsEnglish] = analysis.English,
        });
        var config = new IndexWriterConfig(LuceneInfo.Version, perField) { Similarity = new BM25Similarity() };
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var unit in Units) writer.AddDocument(ToDocument(unit, knowledge.Phrasings));
            writer.Commit();
        }
        reader = DirectoryReader.Open(directory);
        // The index is one small segment; searching its atomic reader skips the multi-segment wrappers per term.
        searcher = new IndexSearcher(reader.Leaves.Count == 1 ? reader.Leaves[0].AtomicReader : reader) { Similarity = new BM25Similarity() };
        // Stored fields are slow to read per hit; map document numbers to units once.
        unitsByDoc = Enumerable.Range(0, reader.MaxDoc).Select(doc => UnitsById[searcher.Doc(doc).Get(Fields.Id)]).ToArray();
        indexTerms = ReadIndexTerms();
        vocabulary = indexTerms.ToDictionary(f => f.Key, f => f.Value.Concat(synonyms.AllTerms.Where(t => t.Field == f.Key).Select(t => t.Term)).ToHashSet(StringComparer.Ordinal));
        vocabulary[Fields.Latvian].UnionWith(indexTerms[Fields.QuestionsLatvian]);
        vocabulary[Fields.English].UnionWith(indexTerms[Fields.QuestionsEnglish]);
        unitTerms = Units.ToDictionary(u => u.Id, u => new Dictionary<string, HashSet<string>>
        {
            [Fields.Latvian] = [.. analysis.Terms(Fields.Latvian, LatvianText(u) + "\n" + Questions(u, knowledge.Phrasings, Language.Lv), int.MaxValue)],
            [Fields.English] = [.. analysis.Terms(Fields.English, EnglishText(u) + "\n" + Questions(u, knowledge.Phrasings, Language.En), int.MaxValue)],
        });
        titleTerms = Units.ToDictionary(u => u.Id, u => new Dictionary<string, HashSet<string>>
        {
            [Fields.Latvian] = [.. analysis.Terms(Fields.Latvian, u.Title.Lv)],
            [Fields.English] = [.. analysis.Terms(Fields.English, u.Title.En)],
        });
        titleFrequency = new[] { Fields.Latvian, Fields.English }.ToDictionary(f => f, f =>
            titleTerms.Values.SelectMany(t => t[f]).GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count()));
        ordinals = new Dictionary<AnswerUnit, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < Units.Count; i++) ordinals[Units[i]] = i;
        unitsWithTerm = TextFields.ToDictionary(f => f, f => Postings(u => unitTerms[u.Id][f]));
        unitsWithTitleTerm = TextFields.ToDictionary(f => f, f => Postings(u => titleTerms[u.Id][f]));
        Spelling = new SpellingCorrector(ContentWords(), IsKnownWord);
        BuildTime = System.Diagnostics.Stopwatch.GetElapsedTime(started);
    }

    internal TermAnalysis Analysis => analysis;

    private Dictionary<string, int[]> Postings(Func<AnswerUnit, HashSet<string>> termsOf) =>
        Units.SelectMany((u, i) => termsOf(u).Select(t => (Term: t, Unit: i)))
            .GroupBy(p => p.Term, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Unit).ToArray(), StringComparer.Ordinal);

    /// <summary>Every folded word the content and its glossary use, as often as they use it.</summary>
    private IEnumerable<string> ContentWords()
    {
        var glossary = Knowledge.Glossary;
        var texts = Units.SelectMany(u => new[] { LatvianText(u), EnglishText(u) }.Concat(u.Names))
            .Concat(glossary.Roles.SelectMany(r => new[] { r.Name.Lv, r.Name.En, r.Holder.Lv, r.Holder.En }.Concat(r.Aliases.Lv).Concat(r.Aliases.En)))
            .Concat(glossary.Phases.SelectMany(p => p.Aliases.Lv.Concat(p.Aliases.En)))
            .Concat(Knowledge.Synonyms.Groups.SelectMany(g => g))
            .Concat(Knowledge.Phrasings.Entries.SelectMany(e => e.Questions.Lv.Concat(e.Questions.En)));
        return texts.SelectMany(TextFolding.Words);
    }

    /// <summary>A word is known when the content holds it in some inflection (its stem), or it is a stopword.</summary>
    private bool IsKnownWord(string folded) => Standing(folded) != WordStanding.Unknown;

    private enum WordStanding { Stopword, Known, Unknown }

    /// <summary>
    /// What the content makes of one folded word: a question word or stopword in either language, a word it holds in
    /// some inflection (its stem in either language, or a name), or a word it does not know.
    /// </summary>
    private WordStanding Standing(string word)
    {
        var lv = TermAnalysis.Terms(analysis.Latvian, Fields.Latvian, word, 4);
        var en = TermAnalysis.Terms(analysis.English, Fields.English, word, 4);
        if (lv.Count == 0 || en.Count == 0) return WordStanding.Stopword;
        return lv.Any(vocabulary[Fields.Latvian].Contains) || en.Any(vocabulary[Fields.English].Contains) || vocabulary[Fields.Names].Contains(word)
            ? WordStanding.Known
            : WordStanding.Unknown;
    }

    /// <summary>
    /// Scores every unit that shares a term with the question: BM25 over both languages, the names field and the
    /// editors' phrasings. The score of a unit is Lucene's score for the OR query of the question's terms, which under
    /// BM25 (no query norm, no coord) is the boosted sum of each term's own score; each term's scores are Lucene's,
    /// computed once per term and kept, as the index never changes. A question of words never seen before then costs
    /// a few additions instead of a Lucene query (which took most of an uncached answer's time).
    /// </summary>
    internal SearchResult Search(string question, int count)
    {
        var (termsByField, expansions, clauses) = Clauses(question);
        if (clauses.Count == 0) return new SearchResult([], _ => 0, _ => false);

        var scores = new float[unitsByDoc.Length];
        foreach (var (field, term, boost) in clauses)
        {
            foreach (var hit in termScores.GetOrAdd((field, term), ScoresOf)) scores[hit.Doc] += boost * hit.Score;
        }
        // Highest score first, then the index's order; without LINQ's iterators (one list, sorted in place).
        var scored = new List<int>();
        for (var doc = 0; doc < scores.Length; doc++)
        {
            if (scores[doc] > 0) scored.Add(doc);
        }
        scored.Sort((a, b) => scores[b] != scores[a] ? scores[b].CompareTo(scores[a]) : a.CompareTo(b));
        var hits = new List<(AnswerUnit Unit, float Score)>(Math.Min(count, scored.Count));
        for (var i = 0; i < scored.Count && i < count; i++) hits.Add((unitsByDoc[scored[i]], scores[scored[i]]));
        var shared = new SharedTerms(this, termsByField, expansions);
        return new SearchResult(hits, shared.Overlap, shared.TitleHit);
    }

    /// <summary>
    /// What one question shares with each unit, counted on first use from the turned-around terms: how many of the
    /// question's terms each unit holds per field, whether it holds a synonym of one, and whether its title holds a
    /// distinctive term of the question. Ranking asks this of every candidate; asking each unit's term sets for each
    /// of the question's terms took a fifth of an unfamiliar question's time. Same figures as asking them directly.
    /// </summary>
    private sealed class SharedTerms(IndexSnapshot snapshot, Dictionary<string, HashSet<string>> question, List<(string Field, string Term)> expansions)
    {
        private int[][]? matched;
        private bool[][]? synonymHit;
        private bool[]? titleHit;

        public double Overlap(AnswerUnit unit)
        {
            Count();
            var at = snapshot.ordinals[unit];
            var best = 0.0;
            for (var f = 0; f < TextFields.Length; f++)
            {
                var terms = question[TextFields[f]].Count;
                if (terms == 0) continue;
                var hits = matched![f][at];
                best = Math.Max(best, Math.Min(1, (hits + (synonymHit![f][at] && hits < terms ? 1 : 0)) / (double)terms));
            }
            return best;
        }

        /// <summary>
        /// Whether the question uses a word that is distinctive of this unit's title ("apdraudējums", "sector"): titles
        /// are the editors' own one-line statement of what a unit is about.
        /// </summary>
        public bool TitleHit(AnswerUnit unit)
        {
            Count();
            return titleHit![snapshot.ordinals[unit]];
        }

        private void Count()
        {
            if (matched is not null) return;
            var units = snapshot.Units.Count;
            var counts = new int[TextFields.Length][];
            var synonyms = new bool[TextFields.Length][];
            var titles = new bool[units];
            for (var f = 0; f < TextFields.Length; f++)
            {
                var field = TextFields[f];
                var postings = snapshot.unitsWithTerm[field];
                counts[f] = new int[units];
                synonyms[f] = new bool[units];
                foreach (var term in question[field])
                {
                    if (postings.TryGetValue(term, out var holders)) foreach (var u in holders) counts[f][u]++;
                }
                foreach (var (expansionField, term) in expansions)
                {
                    if (expansionField == field && postings.TryGetValue(term, out var holders)) foreach (var u in holders) synonyms[f][u] = true;
                }
                // The title's terms are compared with the question's and their synonyms'.
                var frequency = snapshot.titleFrequency[field];
                var titlePostings = snapshot.unitsWithTitleTerm[field];
                foreach (var term in question[field].Concat(expansions.Where(e => e.Field == field).Select(e => e.Term)))
                {
                    if (frequency.GetValueOrDefault(term) <= DistinctiveTitleLimit && titlePostings.TryGetValue(term, out var holders)) foreach (var u in holders) titles[u] = true;
                }
            }
            synonymHit = synonyms;
            titleHit = titles;
            matched = counts;
        }
    }

    /// <summary>The terms of the question each field holds, with their boosts: the question's own, the phrasings', the synonyms'.</summary>
    private (Dictionary<string, HashSet<string>> TermsByField, List<(string Field, string Term)> Expansions, List<(string Field, string Term, float Boost)> Clauses) Clauses(string question)
    {
        var termsByField = new Dictionary<string, HashSet<string>>
        {
            [Fields.Latvian] = [.. analysis.Terms(Fields.Latvian, question)],
            [Fields.English] = [.. analysis.Terms(Fields.English, question)],
            [Fields.Names] = [.. analysis.Terms(Fields.Names, question)],
        };
        var expansions = synonyms.Expand(termsByField).Distinct().ToList();
        // Terms no unit holds cannot score.
        var clauses = new List<(string Field, string Term, float Boost)>();
        foreach (var (field, terms) in termsByField)
        {
            foreach (var term in terms.Where(indexTerms[field].Contains)) clauses.Add((field, term, field == Fields.Names ? 0.6f : 1f));
        }
        // The editors' phrasings are analysed as the text of their language is.
        foreach (var (field, source) in new[] { (Fields.QuestionsLatvian, Fields.Latvian), (Fields.QuestionsEnglish, Fields.English) })
        {
            foreach (var term in termsByField[source].Where(indexTerms[field].Contains)) clauses.Add((field, term, PhrasingBoost));
        }
        foreach (var (field, term) in expansions)
        {
            if (!termsByField[field].Contains(term) && indexTerms[field].Contains(term)) clauses.Add((field, term, SynonymBoost));
        }
        return (termsByField, expansions, clauses);
    }

    /// <summary>Lucene's BM25 score of one term in every document that holds it.</summary>
    private ScoreDoc[] ScoresOf((string Field, string Term) key)
    {
        var collector = TopScoreDocCollector.Create(unitsByDoc.Length, true);
        searcher.Search(new TermQuery(new Term(key.Field, key.Term)), collector);
        return collector.GetTopDocs().ScoreDocs;
    }

    /// <summary>The same question as one Lucene OR query, scored by Lucene end to end: the tests hold <see cref="Search"/> to it.</summary>
    internal IReadOnlyList<(string UnitId, float Score)> LuceneHits(string question)
    {
        var query = new BooleanQuery();
        foreach (var (field, term, boost) in Clauses(question).Clauses) query.Add(new TermQuery(new Term(field, term)) { Boost = boost }, Occur.SHOULD);
        if (query.Clauses.Count == 0) return [];
        var collector = TopScoreDocCollector.Create(unitsByDoc.Length, true);
        searcher.Search(query, collector);
        return [.. collector.GetTopDocs().ScoreDocs.Select(hit => (unitsByDoc[hit.Doc].Id, hit.Score))];
    }

    private static readonly string[] TextFields = [Fields.Latvian, Fields.English];

    /// <summary>
    /// The share of the question's meaningful words that the content knows at all. A question about salaries uses
    /// words no card contains, and must not be answered with the nearest fact.
    /// </summary>
    internal double Coverage(string question)
    {
        var whole = CoverageOf(question);
        // "Vai man jāpārzina ITIL? Godīgi sakot, neesmu par to pat dzirdējusi.": the remarks around a question do not
        // make it less a question about the card. The question's own sentence counts when it has words of its own.
        if (whole >= 1 || QuestionSentences(question) is not { } asked) return whole;
        return Math.Max(whole, CoverageOf(asked, minMeaningful: 2));
    }

    /// <summary>The sentences that end in a question mark, when the message has other sentences too; else null.</summary>
    private static string? QuestionSentences(string text)
    {
        if (!text.Contains('?', StringComparison.Ordinal)) return null;
        var asked = new System.Text.StringBuilder();
        var start = 0;
        var other = false;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not ('?' or '.' or '!')) continue;
            var sentence = text[start..Math.Min(i + 1, text.Length)];
            if (i < text.Length && text[i] == '?') asked.Append(sentence).Append(' ');
            else if (sentence.Any(char.IsLetter)) other = true;
            start = i + 1;
        }
        return other && asked.Length > 0 ? asked.ToString() : null;
    }

    private double CoverageOf(string question, int minMeaningful = 1)
    {
        var words = TextFolding.Words(question).Distinct().Take(64).ToList();
        int known = 0, meaningful = 0;
        foreach (var word in words)
        {
            var standing = Standing(word);
            if (standing == WordStanding.Stopword) continue;
            meaningful++;
            if (standing == WordStanding.Known) known++;
        }
        return meaningful < minMeaningful ? 0 : (double)known / meaningful;
    }

    private const float PhrasingBoost = 0.8f;

    private const float SynonymBoost = 0.35f;

    private static Document ToDocument(AnswerUnit unit, Phrasings phrasings) =>
    [
        new StringField(Fields.Id, unit.Id, Field.Store.YES),
        new TextField(Fields.Latvian, LatvianText(unit), Field.Store.NO),
        new TextField(Fields.English, EnglishText(unit), Field.Store.NO),
        new TextField(Fields.Names, string.Join(" | ", unit.Names), Field.Store.NO),
        new TextField(Fields.QuestionsLatvian, Questions(unit, phrasings, Language.Lv), Field.Store.NO),
        new TextField(Fields.QuestionsEnglish, Questions(unit, phrasings, Language.En), Field.Store.NO),
    ];

    private static string Questions(AnswerUnit unit, Phrasings phrasings, Language language) => string.Join("\n", phrasings.Of(unit.Id, language));

    // What a unit says is uncertain is searchable too: "which role carries A?" finds the levels that cannot say.
    private static string LatvianText(AnswerUnit unit) => string.Join("\n", new[] { unit.Title.Lv, unit.Direct.Lv, unit.Unclear?.Lv ?? "" }.Concat(unit.Facts.Select(f => f.Text.Lv)));
    private static string EnglishText(AnswerUnit unit) => string.Join("\n", new[] { unit.Title.En, unit.Direct.En, unit.Unclear?.En ?? "" }.Concat(unit.Facts.Select(f => f.Text.En)));

    private Dictionary<string, HashSet<string>> ReadIndexTerms()
    {
        var result = new Dictionary<string, HashSet<string>>();
        foreach (var field in new[] { Fields.Latvian, Fields.English, Fields.Names, Fields.QuestionsLatvian, Fields.QuestionsEnglish })
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            var terms = MultiFields.GetTerms(reader, field);
            if (terms is not null)
            {
                var e = terms.GetEnumerator();
                while (e.MoveNext()) set.Add(e.Term.Utf8ToString());
            }
            result[field] = set;
        }
        return result;
    }

    /// <summary>
    /// References to this snapshot: one held by <see cref="KnowledgeIndex"/> while it is current, and one per search
    /// running on it (<see cref="KnowledgeIndex.Acquire"/>). The last one released closes the Lucene reader, as
    /// Lucene's own SearcherManager does with IncRef/DecRef.
    /// </summary>
    private int references = 1;

    /// <summary>False once the last reference is released: the snapshot can no longer be searched.</summary>
    public bool IsOpen => Volatile.Read(ref references) > 0;

    /// <summary>Takes a reference for a search; false when the snapshot has already been closed.</summary>
    internal bool TryAcquire()
    {
        while (true)
        {
            var count = Volatile.Read(ref references);
            if (count <= 0) return false;
            if (Interlocked.CompareExchange(ref references, count + 1, count) == count) return true;
        }
    }

    /// <summary>Gives a reference back; the last one closes the reader, the directory and the analyzers.</summary>
    internal void Release()
    {
        if (Interlocked.Decrement(ref references) != 0) return;
        reader.Dispose();
        directory.Dispose();
        analysis.Dispose();
    }

    /// <summary>Releases the owner's reference: searches still running finish first.</summary>
    public void Dispose() => Release();
}
