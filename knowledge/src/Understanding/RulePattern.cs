using System.Text.RegularExpressions;

namespace ChatAssistant.Knowledge.Understanding;

/// <summary>
/// A pattern of the understanding rules, matched over the folded question. It finds the same matches as the pattern
/// under <see cref="RegexOptions.NonBacktracking"/> (the rules use nothing that engine lacks), with the same
/// guarantee that no input takes more than linear time, and a fraction of the memory:
/// <list type="bullet">
/// <item>A question of ordinary length is matched by the backtracking engine (compiled), with a time limit.</item>
/// <item>A longer text, or one that reaches the time limit, is matched without backtracking, by an instance built
/// on first need.</item>
/// </list>
/// A non-backtracking instance keeps the character-set solver it was built with: about two MiB per rule pattern,
/// on the large-object heap, 110–120 MiB for the sixty patterns, which was most of the bot's memory. Building them
/// also allocated about 150 MB when the first question arrived.
/// </summary>
internal sealed class RulePattern : Regex
{
    /// <summary>
    /// Texts up to this length are matched by backtracking (the longest question of the evaluation and blind sets has
    /// 184 characters). The worst a rule can do by backtracking grows with the cube of the length (<c>.*</c> twice), so
    /// the limit keeps even a text made to backtrack far below a second; longer texts go the linear way.
    /// </summary>
    internal const int BacktrackingLimit = 300;

    /// <summary>
    /// A backtracking match that takes longer is abandoned and done again without backtracking. Generous, because a
    /// busy machine can pause any match for milliseconds, and a fallback builds that rule's big linear instance.
    /// </summary>
    internal static readonly TimeSpan BacktrackingTimeLimit = TimeSpan.FromMilliseconds(250);

    private readonly Regex backtracking;
    private readonly Lazy<Regex> linear;

    public RulePattern(string pattern)
    {
        backtracking = new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled, BacktrackingTimeLimit);
        linear = new Lazy<Regex>(() => new Regex(pattern, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant));
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
        if (text.Length <= BacktrackingLimit)
        {
            try
            {
                foreach (var m in backtracking.EnumerateMatches(text, start)) return (m.Index, m.Length);
                return null;
            }
            catch (RegexMatchTimeoutException)
            {
                // Input that makes the pattern backtrack: done again in linear time below.
            }
        }
        foreach (var m in linear.Value.EnumerateMatches(text, start)) return (m.Index, m.Length);
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
