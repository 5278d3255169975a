namespace ChatAssistant.Bench;

/// <summary>
/// An endless stream of questions nobody typed before: real evaluation questions with a typo (a doubled, dropped or
/// swapped letter), an extra word, two words swapped, and always one made-up word, so no text repeats and no cache
/// can answer it. Each seed gives its own sequence, so no two workers send the same one.
/// </summary>
internal sealed class DistinctQuestions(IReadOnlyList<string> questions, int seed)
{
    private static readonly string[] Fillers =
        ["lūdzu", "please", "tieši", "exactly", "vispār", "actually", "mūsu iestādē", "in our agency", "šobrīd", "right now", "ātri", "quickly"];

    private readonly Random random = new(seed);

    public string Next()
    {
        var words = questions[random.Next(questions.Count)].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        for (var mutations = 1 + random.Next(2); mutations > 0; mutations--)
        {
            switch (random.Next(3))
            {
                case 0: Typo(words); break;
                case 1: words.Insert(random.Next(words.Count + 1), Fillers[random.Next(Fillers.Length)]); break;
                default:
                    if (words.Count > 2) { var i = random.Next(words.Count - 1); (words[i], words[i + 1]) = (words[i + 1], words[i]); }
                    break;
            }
        }
        words.Insert(random.Next(words.Count + 1), MadeUpWord());
        return string.Join(' ', words);
    }

    private void Typo(List<string> words)
    {
        var candidates = Enumerable.Range(0, words.Count).Where(i => words[i].Length >= 5 && words[i].All(char.IsLetter)).ToList();
        if (candidates.Count == 0) return;
        var at = candidates[random.Next(candidates.Count)];
        var word = words[at];
        var p = 1 + random.Next(word.Length - 2);
        words[at] = random.Next(3) switch
        {
            0 => word[..p] + word[p] + word[p..],            // doubled
            1 => word[..p] + word[(p + 1)..],                // dropped
            _ => word[..p] + word[p + 1] + word[p] + word[(p + 2)..], // swapped
        };
    }

    private string MadeUpWord()
    {
        Span<char> letters = stackalloc char[6];
        for (var i = 0; i < letters.Length; i++) letters[i] = (char)('a' + random.Next(26));
        return new string(letters);
    }
}
