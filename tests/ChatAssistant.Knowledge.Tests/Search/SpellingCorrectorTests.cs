namespace ChatAssistant.Knowledge.Tests.Search;

/// <summary>Typos are corrected against the content's vocabulary; words the content knows, in any inflection, never are.</summary>
public class SpellingCorrectorTests(RealKnowledge real) : IClassFixture<RealKnowledge>
{
    [Theory]
    [InlineData("kas izstraadaa aktus", "izstrada")]         // doubled letters
    [InlineData("konkreta pakalpojumaa", "pakalpojuma")]     // one edit from pakalpojuma, two from pakalpojumu
    [InlineData("normatiivos aktus", "normativos")]
    [InlineData("what is the regulaton", "regulation")]      // a dropped letter
    [InlineData("if the taks is not done", "task")]          // swapped letters in a short word
    [InlineData("what happens aftr", "after")]               // a short word with a letter left out
    [InlineData("kadi sooli peec izstrades", "pec")]          // a short word with a letter typed twice
    public void ATypoIsCorrectedToTheNearestContentWord(string question, string corrected) =>
        Assert.Contains(corrected, real.Index.Current.Spelling.Correct(question).Split(' '));

    [Theory]
    [InlineData("pakalpojumu kopuma vaditajs")]   // one edit from "pakalpojuma": both are real words
    [InlineData("pakalpojuma vaditajs")]
    [InlineData("resursu kopuma vaditajs")]
    [InlineData("resursa vaditajs")]
    [InlineData("Kas izstrādā normatīvos aktus?")]
    [InlineData("can I talk to a person")]         // "talk" is one letter from "task"
    [InlineData("vadītājam vadītāju vadītājiem")]  // inflections of a known word
    public void KnownWordsAreLeftAsTheyAre(string question) =>
        Assert.Equal(question, real.Index.Current.Spelling.Correct(question));

    [Fact]
    public void ATypoInTheRoleStillReachesThatRole()
    {
        var answer = real.Engine.Ask("kas izstraadaa jaunus aktus konkreta pakalpojumaa vajadzibam");
        Assert.Equal("PU2-6:duty:service-owner.develop", answer.UnitId);
    }
}

/// <summary>
/// The corrector's edit distance accepts exactly what Lucene's Levenshtein automaton with transpositions accepts (which
/// it replaced, as building an automaton per unknown word was the costliest step of an unfamiliar question).
/// </summary>
public class EditDistanceTests
{
    [Theory]
    [InlineData("task", "taks", 1, true)]
    [InlineData("task", "talk", 1, true)]
    [InlineData("after", "aftr", 1, true)]
    [InlineData("izstrada", "izstraadaa", 1, false)]
    [InlineData("izstrada", "izstraadaa", 2, true)]
    [InlineData("abc", "ca", 1, false)]
    [InlineData("abc", "ca", 2, false)]  // a swapped pair is not edited again: three, as Lucene counts it (unrestricted: two)
    [InlineData("", "ab", 2, true)]
    public void CountsInsertionsDeletionsSubstitutionsAndSwaps(string a, string b, int edits, bool within) =>
        Assert.Equal(within, ChatAssistant.Knowledge.Search.SpellingCorrector.WithinEdits(a, b, edits));

    [Fact]
    public void AgreesWithLuceneLevenshteinAutomataWithTranspositions()
    {
        var random = new Random(17);
        var automata = new Dictionary<(string, int), Lucene.Net.Util.Automaton.CharacterRunAutomaton>();
        for (var n = 0; n < 60_000; n++)
        {
            // A small alphabet makes swaps, repeats and near misses common.
            var a = Word(random, 1 + random.Next(9));
            var b = random.Next(3) == 0 ? Word(random, 1 + random.Next(9)) : Mutate(random, a);
            var edits = 1 + random.Next(2);
            if (!automata.TryGetValue((a, edits), out var automaton))
            {
                automaton = new Lucene.Net.Util.Automaton.CharacterRunAutomaton(new Lucene.Net.Util.Automaton.LevenshteinAutomata(a, withTranspositions: true).ToAutomaton(edits));
                automata[(a, edits)] = automaton;
            }
            Assert.True(automaton.Run(b) == ChatAssistant.Knowledge.Search.SpellingCorrector.WithinEdits(a, b, edits), $"'{a}' → '{b}' within {edits}");
        }
    }

    private static string Word(Random random, int length) => new([.. Enumerable.Range(0, length).Select(_ => "abcā"[random.Next(4)])]);

    private static string Mutate(Random random, string word)
    {
        var chars = word.ToList();
        for (var m = 1 + random.Next(3); m > 0; m--)
        {
            var at = random.Next(chars.Count + 1);
            switch (random.Next(4))
            {
                case 0: chars.Insert(at, "abcā"[random.Next(4)]); break;
                case 1: if (at < chars.Count) chars.RemoveAt(at); break;
                case 2: if (at < chars.Count) chars[at] = "abcā"[random.Next(4)]; break;
                default: if (at + 1 < chars.Count) (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]); break;
            }
        }
        return new string([.. chars]);
    }
}
