using ChatAssistant.Knowledge.Model;
using ChatAssistant.Knowledge.Understanding;

namespace ChatAssistant.Knowledge.Search;

/// <summary>
/// Reads small talk and requests worded in ways no rule foresaw by the examples they are most like: the editors'
/// <c>intents.yaml</c>, against the card's own unit titles and phrasings as examples of questions. Messages and
/// examples are compared word by word. Two words are alike when they share a term: the stem either language's analyzer
/// gives, or, for a longer word, its first five letters, so that Latvian endings the stemmer leaves ("atzīmējamu",
/// "atzīmēt") and a typo near the end of a word still meet. A word weighs as much as its rarest term is rare among the
/// examples (IDF), and the similarity is the cosine of the weighted word sets. A word no example has still counts in the
/// message's length, so a question full of the card's vocabulary is never like a short request. A message must share
/// two words with an example to be like it (or the one word of a one-word example). The words of the roles' names are
/// left out on both sides: a role says whose checklist is meant, or whom a question is about, never which of them.
/// </summary>
internal sealed class IntentMatcher
{
    /// <summary>How alike a message and its nearest example must be, 0..1, for the message to take that example's intent.</summary>
    public const double MinSimilarity = 0.5;

    /// <summary>By how much the nearest request or small-talk example must beat the nearest question.</summary>
    public const double MinLead = 0.1;

    private const int PrefixLength = 5;

    private readonly TermAnalysis analysis;
    private readonly List<string> intents = [];
    private readonly List<double> norms = [];
    private readonly List<int> wordCounts = [];
    /// <summary>Each term, and the examples and the word in each that carry it.</summary>
    private readonly Dictionary<string, List<(int Doc, int Word)>> postings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> weights = new(StringComparer.Ordinal);
    private readonly double unknownWeight;
    private readonly HashSet<string> ignored = new(StringComparer.Ordinal);

    /// <summary>Words the examples share, with their terms; filled once the matcher is built, up to a bound.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> termsByWord = new(StringComparer.Ordinal);
    private const int MaxCachedWords = 50_000;
    private int cachedWords;
    private readonly bool built;

    public IntentMatcher(IntentExamples examples, IEnumerable<string> questions, IEnumerable<string> roleNames, TermAnalysis analysis)
    {
        this.analysis = analysis;
        foreach (var name in roleNames) ignored.UnionWith(WordTerms(name).SelectMany(w => w));
        var documents = new List<List<string[]>>();
        void Add(string intent, string text)
        {
            var words = WordTerms(text);
            if (words.Count == 0) return;
            var doc = intents.Count;
            intents.Add(intent);
            documents.Add(words);
            wordCounts.Add(words.Count);
            for (var w = 0; w < words.Count; w++)
            {
                foreach (var term in words[w])
                {
                    if (!postings.TryGetValue(term, out var list)) postings[term] = list = [];
                    list.Add((doc, w));
                }
            }
        }
        foreach (var entry in examples.Entries)
        {
            foreach (var message in entry.Messages) Add(entry.Intent, message);
        }
        foreach (var question in questions) Add(IntentExamples.Question, question);

        var n = intents.Count;
        foreach (var (term, list) in postings) weights[term] = Math.Log((n + 1.0) / (list.Select(p => p.Doc).Distinct().Count() + 1.0)) + 1;
        unknownWeight = Math.Log(n + 1.0) + 1;
        foreach (var words in documents) norms.Add(Math.Sqrt(words.Sum(w => Math.Pow(WeightOf(w), 2))));
        built = true;
    }

    /// <summary>Whether there are any request or small-talk examples at all.</summary>
    public bool IsEmpty => intents.All(i => i == IntentExamples.Question);

    /// <summary>
    /// The intent of the nearest example when it is near enough and clearly nearer than any question; null when the
    /// message reads as a question (or like nothing at all).
    /// </summary>
    public IntentKind? Match(string message)
    {
        var (intent, similarity, question) = Nearest(message);
        if (intent is null || similarity < MinSimilarity || similarity - question < MinLead) return null;
        return KindOf(intent);
    }

    /// <summary>The best request or small-talk example's intent and similarity, and the best question's similarity.</summary>
    public (string? Intent, double Similarity, double Question) Nearest(string message)
    {
        var words = WordTerms(message);
        if (words.Count == 0) return (null, 0, 0);
        double norm = 0;
        // For each example word a message word is like, the weight of the rarest term they share; and per example,
        // how many of the message's words found a like word in it.
        var matched = new Dictionary<(int Doc, int Word), double>();
        var shared = new Dictionary<int, int>();
        var docs = new HashSet<int>();
        foreach (var word in words)
        {
            var known = word.Where(weights.ContainsKey).ToList();
            norm += Math.Pow(known.Count == 0 ? unknownWeight : known.Max(t => weights[t]), 2);
            docs.Clear();
            foreach (var term in known)
            {
                var weight = weights[term];
                foreach (var (doc, w) in postings[term])
                {
                    docs.Add(doc);
                    if (weight > matched.GetValueOrDefault((doc, w))) matched[(doc, w)] = weight;
                }
            }
            foreach (var doc in docs) shared[doc] = shared.GetValueOrDefault(doc) + 1;
        }
        norm = Math.Sqrt(norm);
        var dot = new Dictionary<int, double>();
        foreach (var ((doc, _), weight) in matched) dot[doc] = dot.GetValueOrDefault(doc) + weight * weight;
        string? best = null;
        double bestSimilarity = 0, bestQuestion = 0;
        foreach (var (doc, value) in dot)
        {
            if (shared[doc] < Math.Min(2, wordCounts[doc])) continue;
            var similarity = Math.Min(1, value / (norm * norms[doc]));
            if (intents[doc] == IntentExamples.Question) bestQuestion = Math.Max(bestQuestion, similarity);
            else if (similarity > bestSimilarity) (best, bestSimilarity) = (intents[doc], similarity);
        }
        return (best, bestSimilarity, bestQuestion);
    }

    /// <summary>A word's weight: that of its rarest term.</summary>
    private double WeightOf(string[] word) => word.Max(t => weights[t]);

    /// <summary>Each word's terms: its stem in either language and, for a longer word, its prefix; role words give none.</summary>
    private List<string[]> WordTerms(string text)
    {
        var words = new List<string[]>();
        foreach (var word in TextFolding.Words(text))
        {
            var terms = TermsOf(word);
            if (terms.Length > 0) words.Add(terms);
        }
        return words;
    }

    /// <summary>
    /// A word's terms, kept once the matcher is built for the words the examples share: staff reuse the same few
    /// thousand words, and running both analyzers over each word of every message was a tenth of a distinct
    /// question's time.
    /// </summary>
    private string[] TermsOf(string word)
    {
        if (termsByWord.TryGetValue(word, out var cached)) return cached;
        var terms = new HashSet<string>(analysis.Terms(Fields.Latvian, word), StringComparer.Ordinal);
        terms.UnionWith(analysis.Terms(Fields.English, word));
        if (word.Length > PrefixLength) terms.Add("~" + word[..PrefixLength]);
        terms.ExceptWith(ignored);
        var result = terms.ToArray();
        // Only words the examples share: a typo or a made-up word would fill the cache with what is never asked again.
        // ConcurrentDictionary.Count takes every lock: a counter of its own keeps the bound cheap.
        if (built && Array.Exists(result, weights.ContainsKey) && Volatile.Read(ref cachedWords) < MaxCachedWords && termsByWord.TryAdd(word, result))
        {
            Interlocked.Increment(ref cachedWords);
        }
        return result;
    }

    private static IntentKind KindOf(string intent) => intent switch
    {
        "greeting" => IntentKind.Greeting,
        "thanks" => IntentKind.Thanks,
        "goodbye" => IntentKind.Goodbye,
        "who" => IntentKind.WhoAreYou,
        "capabilities" => IntentKind.Capabilities,
        "checklist" => IntentKind.Checklist,
        "my-checklists" => IntentKind.MyChecklists,
        "my-tickets" => IntentKind.MyTickets,
        "escalate" => IntentKind.Escalate,
        _ => throw new ArgumentOutOfRangeException(nameof(intent), intent, "not a request or small-talk intent"),
    };
}
