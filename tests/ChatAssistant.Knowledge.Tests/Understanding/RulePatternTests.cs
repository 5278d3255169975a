using System.Text.RegularExpressions;
using ChatAssistant.Knowledge.Search;
using ChatAssistant.Knowledge.Understanding;

namespace ChatAssistant.Knowledge.Tests.Understanding;

/// <summary>
/// A rule pattern finds exactly what the same pattern finds without backtracking (whether it matches, where and how
/// long), by backtracking for ordinary questions and without backtracking for long texts.
/// </summary>
public class RulePatternTests
{
    // Shapes the rules use: word starts with any ending, anchors, bounded repeats of words, .* between words, optional groups.
    private static readonly string[] Patterns =
    [
        @"\bsol\w*\b|\bdarbib\w*\b|\bjadara\b|\bsteps?\b|\bwhat (should|must|do) (we|i|one)\b",
        @"^(un\s+)?kas\s+(ir|notiek|notiks|jadara|jaievero)\b",
        @"\bcik\b(\s+\w+){0,3}\s+uzdevum\w*|\bhow many\b(\s+\w+){0,3}\s+tasks?\b",
        @"\bwill\b.*\b(regulation|law|rules?|acts?)\b.*\bchange|\batbildig\w*\b.*\blidzatbildig",
        @"(gaid\w*|upcoming|expected)\W+(\w+\W+){0,4}(izmain\w*|change\w*)",
        @"^(liels |ljoti |many |thanks a lot)?(paldies|thank you|thanks|thx)\b",
        @"^(morning|sveik\w*|labdien\w*|hi|hello|good (morning|day))\b[\s,.!:;-]*",
        @"^((ka|ka tev) (iet|klajas)|how are you( doing| today)?)[\s?!.,]*$",
        @"\(a\)|\(l\)|\bn\s*[12]\s*[-.]\s*\d\b|\b399\b|\bpu\s*[1-9]",
    ];

    public static TheoryData<int> PatternIndexes() => [.. Enumerable.Range(0, Patterns.Length)];

    [Theory]
    [MemberData(nameof(PatternIndexes))]
    public void FindsWhatTheNonBacktrackingEngineFinds(int index)
    {
        var pattern = Patterns[index];
        var rule = new RulePattern(pattern);
        var reference = new Regex(pattern, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
        foreach (var text in Texts())
        {
            var expected = reference.Match(text);
            var actual = rule.Match(text);
            Assert.True(expected.Success == actual.Success && expected.Index == actual.Index && expected.Length == actual.Length,
                $"/{pattern}/ on '{text}': expected {expected.Success} {expected.Index}+{expected.Length}, got {actual.Success} {actual.Index}+{actual.Length}");
            Assert.Equal(reference.IsMatch(text), rule.IsMatch(text));
            Assert.Equal(reference.Replace(text, "_"), rule.Replace(text, "_"));
        }
    }

    [Fact]
    public void OrdinaryQuestionsNeverBuildTheLinearInstance()
    {
        var rule = new RulePattern(Patterns[3]);
        foreach (var text in Texts().Where(t => t.Length <= RulePattern.BacktrackingLimit)) rule.IsMatch(text);
        Assert.False(rule.LinearBuilt);
    }

    [Fact]
    public void ALongTextIsMatchedWithoutBacktracking()
    {
        var rule = new RulePattern(Patterns[3]);
        // Made to backtrack: every "will" starts a search over the rest of the text twice over.
        var text = string.Concat(Enumerable.Repeat("will the regulation ", 2000)) + "stay";
        Assert.DoesNotMatch(rule, text);
        Assert.True(rule.LinearBuilt);
        Assert.Matches(rule, text + " change");
    }

    [Fact]
    public void AVeryLargeAlternationIsMatchedWithoutBacktrackingFromTheStart()
    {
        // Dozens of branches, as in the rules that decline unanswerable questions: each is tried at every word when backtracking.
        var words = Enumerable.Range(0, 260).Select(i => $@"\bword{i:000}\w*").Append(@"\bwhen (is|are) (\w+ ){0,4}due\b");
        var pattern = string.Join('|', words);
        Assert.True(pattern.Length >= RulePattern.LinearFrom);
        var rule = new RulePattern(pattern);
        Assert.True(rule.LinearBuilt);

        var reference = new Regex(pattern, RegexOptions.CultureInvariant);
        foreach (var text in Texts().Concat(["is word123s here", "when is the new act due", "word259", "sword001"]))
        {
            var expected = reference.Match(text);
            var actual = rule.Match(text);
            Assert.True(expected.Success == actual.Success && expected.Index == actual.Index && expected.Length == actual.Length, $"'{text}'");
        }
        Assert.Matches(rule, "when is the new act due");
        Assert.DoesNotMatch(rule, "sword001");
    }

    private static IEnumerable<string> Texts()
    {
        string[] questions =
        [
            "kas ir jadara pec akta izstrades", "un kas notiek tad", "cik ir uzdevumu grupa pu2", "how many of the tasks are there",
            "will the regulation on services change soon", "atbildigais un lidzatbildigais", "upcoming big changes in the law",
            "expected... some, new: changes", "thanks a lot", "paldies!", "sveiki, kas izstrada aktus?", "good morning!!",
            "how are you doing?", "ka tev iet", "(a) un (l)", "n1-2 nosacijums", "n 2 . 3", "mk 399", "pu 7 and pu2",
            "", " ", "solis", "darbibas", "what should we do first", "kas", "hello hello hello", "will will will change",
            "д kas ir", "kasд ir", "сол steps", "Ωmega will law change", "３ pu１", "tab\tseparated\nlines will\nlaw change",
        ];
        var random = new Random(17);
        foreach (var q in questions)
        {
            yield return q;
            yield return TextFolding.Fold(q);
            var words = q.Split(' ');
            for (var i = 0; i < 20; i++) yield return string.Join(' ', words.OrderBy(_ => random.Next()).Take(1 + random.Next(words.Length)));
        }
    }
}
