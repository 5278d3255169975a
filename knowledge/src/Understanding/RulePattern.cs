using System.Text.RegularExpressions;

namespace ChatAssistant.Knowledge.Understanding;

/// <summary>
/// A pattern of the understanding rules, matched over the folded question. It finds the same matches as the pattern
/// under <see cref="RegexOptions.NonBacktracking"/> (the rules use nothing that engine lacks), with the same
/// guarantee that no input takes more than linear time, and a fraction of the memory:
/// <list type="bullet">
/// <item>A question of ordinary length is matched by the backtracking engine (compiled).</item>
/// <item>A longer text is matched without backtracking, by an instance built on first need.</item>
/// </list>
/// A non-backtracking instance keeps the character-set solver it was built with: about two MiB per rule pattern,
/// on the large-object heap, 110–120 MiB for the sixty patterns, which was most of the bot's memory. Building them
/// also allocated about 150 MB when the first question arrived.
/// The exception are the few very large alternations (<see cref="LinearFrom"/> characters and more): backtracking tries
/// each of their dozens of branches at every word of the question, 9–18 µs a question for the largest, where the
/// non-backtracking automaton, once warm, reads the question once (about 2 µs). They are always matched without
/// backtracking, and the instance is built with the rule.
/// </summary>
internal sealed class RulePattern : Regex
{
    /// <summary>
    /// Texts up to this length are matched by backtracking (the longest question of the evaluation and blind sets has
    /// 184 characters). The worst a rule can do by backtracking grows with the cube of the length (<c>.*</c> twice), so
    /// the limit keeps even a text made to backtrack to milliseconds; longer texts go the linear way. There is no time
    /// limit on top: on a busy machine a stalled thread hit one on ordinary questions, and each fallback built that
    /// rule's big linear instance under a lock.
    /// </summary>
    internal const int BacktrackingLimit = 300;

    /// <summary>
    /// Patterns this long or longer are matched without backtracking at every length: timed per pattern with both
    /// engines over 4000 distinct questions, only these were clearly faster that way.
    /// </summary>
    internal const int LinearFrom = 2000;

    private readonly Regex? backtracking;
    private readonly Lazy<Regex> linear;

    public RulePattern(string pattern)
    {
        linear = new Lazy<Regex>(() => new Regex(pattern, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant));
        if (pattern.Length >= LinearFrom) _ = linear.Value;
        else backtracking = new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled);
        base.pattern = pattern;
        roptions = RegexOptions.CultureInvariant;
        internalMatchTimeout = InfiniteMatchTimeout;
        capsize = 1;
        factory = new RunnerFactory(this);
    }

    /// <summary>Whether the linear-time instance has been built (tests).</summary>
    internal bool LinearBuilt => linear.IsValueCreated;

    /// <summary>The first match at or after <paramref name="start"/>: index and length, or null.</summary>
    private (int Index, int Length)? First(ReadOnlySpan<char> text, int start)
    {
        var engine = text.Length <= BacktrackingLimit && backtracking is not null ? backtracking : linear.Value;
        foreach (var m in engine.EnumerateMatches(text, start)) return (m.Index, m.Length);
        return null;
    }

    private sealed class RunnerFactory(RulePattern owner) : RegexRunnerFactory
    {
        protected override RegexRunner CreateInstance() => new Runner(owner);
    }

    private sealed class Runner(RulePattern owner) : RegexRunner
    {
        protected override void Scan(ReadOnlySpan<char> text)
        {
            if (owner.First(text, runtextpos) is { } match)
            {
                runtextpos = match.Index + match.Length;
                Capture(0, match.Index, runtextpos);
            }
            else
            {
                runtextpos = text.Length;
            }
        }
    }
}
