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
    /// <summary>Each term, and the examples and the slot of the word in each that carry it.</summary>
    private readonly Dictionary<string, (int Doc, int Slot)[]> slots = new(StringComparer.Ordinal);
    private readonly int[] docOfSlot = [];
    private readonly int slotCount;
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
        // Each example word gets a slot of its own in one flat array (see Scratch).
        var firstSlot = new int[documents.Count];
        for (var d = 0; d < documents.Count; d++)
        {
            firstSlot[d] = slotCount;
            slotCount += documents[d].Count;
        }
        docOfSlot = new int[slotCount];
        for (var d = 0; d < documents.Count; d++) Array.Fill(docOfSlot, d, firstSlot[d], documents[d].Count);
        foreach (var (term, list) in postings) slots[term] = list.Select(p => (p.Doc, firstSlot[p.Doc] + p.Word)).ToArray();
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
        var s = Scratch.For(intents.Count, slotCount);
        try
        {
            double norm = 0;
            // For each example word a message word is like, the weight of the rarest term they share; and per example,
            // how many of the message's words found a like word in it.
            foreach (var word in words)
            {
                var best = 0.0;
                var stamp = s.NextStamp();
                foreach (var term in word)
                {
                    if (!weights.TryGetValue(term, out var weight)) continue;
                    best = Math.Max(best, weight);
                    foreach (var (doc, slot) in slots[term])
                    {
                        if (s.Matched[slot] == 0) s.Touched.Add(slot);
                        if (weight > s.Matched[slot]) s.Matched[slot] = weight;
                        if (s.Shared[doc] == 0) s.Docs.Add(doc); // first met: every example met has a count of at least one
                        if (s.CountedAt[doc] != stamp) { s.CountedAt[doc] = stamp; s.Shared[doc]++; }
                    }
                }
                norm += Math.Pow(best == 0 ? unknownWeight : best, 2);
            }
            norm = Math.Sqrt(norm);
            foreach (var slot in s.Touched) s.Dot[docOfSlot[slot]] += s.Matched[slot] * s.Matched[slot];
            string? bestIntent = null;
            double bestSimilarity = 0, bestQuestion = 0;
            // In the order the examples were first met, as a tie goes to the first.
            foreach (var doc in s.Docs)
            {
                if (s.Shared[doc] < Math.Min(2, wordCounts[doc])) continue;
                var similarity = Math.Min(1, s.Dot[doc] / (norm * norms[doc]));
                if (intents[doc] == IntentExamples.Question) bestQuestion = Math.Max(bestQuestion, similarity);
                else if (similarity > bestSimilarity) (bestIntent, bestSimilarity) = (intents[doc], similarity);
            }
            return (bestIntent, bestSimilarity, bestQuestion);
        }
        finally
        {
            s.Clear();
        }
    }

    /// <summary>
    /// A thread's working arrays for <see cref="Nearest"/>, one slot per word of every example: per message they held
    /// dictionaries of every example word a common word meets, an eighth of what a distinct question allocated.
    /// Only what a message touched is cleared afterwards.
    /// </summary>
    private sealed class Scratch(int docs, int slots)
    {
        [ThreadStatic] private static Scratch? current;

        public readonly double[] Matched = new double[slots];
        public readonly List<int> Touched = [];
        public readonly List<int> Docs = [];
        public readonly int[] Shared = new int[docs];
        public readonly int[] CountedAt = new int[docs];
        public readonly double[] Dot = new double[docs];
        private int stamp;

        public static Scratch For(int docs, int slots)
        {
            if (current is null || current.Shared.Length != docs || current.Matched.Length != slots) current = new Scratch(docs, slots);
            return current;
        }

        /// <summary>A new mark for the next message word; on wrap-around the old marks are wiped.</summary>
        public int NextStamp()
        {
            if (++stamp == int.MaxValue)
            {
                Array.Clear(CountedAt);
                stamp = 1;
            }
            return stamp;
        }

        public void Clear()
        {
            foreach (var slot in Touched) Matched[slot] = 0;
            foreach (var doc in Docs) { Shared[doc] = 0; Dot[doc] = 0; }
            Touched.Clear();
            Docs.Clear();
        }
    }

    /// <summary>A word's weight: that of its rarest term.</summary>
    private double WeightOf(string[] word) => word.Max(t => weights[t]);

    /// <summary>Each word's terms: its stem in either language and, for a longer word, its prefix; role words give none.</summary>
    private List<string[]> WordTerms(string text)
    {
        var all = TextFolding.Words(text);
        var words = new List<string[]>(all.Length);
        foreach (var word in all)
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
