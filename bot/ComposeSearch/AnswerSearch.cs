using ChatAssistant.Cards;
using ChatAssistant.Knowledge.Answers;
using ChatAssistant.Knowledge.Model;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Bot.ComposeSearch;

/// <summary>
/// A compose-box query in, answers out, from the engine the chat asks. A question the cards answer gives its answer
/// first, then the next-best answers that score close to it; an empty query gives the answers people got most often,
/// topped up with the example questions' answers while there are few counts; anything else (a question the cards do
/// not answer, small talk, a command) gives one "not answered" result.
/// </summary>
public sealed class AnswerSearch(AnswerEngine engine, AnswerCounts counts, IOptions<ComposeSearchOptions> options)
{
    /// <summary>What a query found: the answers to show, or none when the cards do not answer it.</summary>
    public sealed record Results(IReadOnlyList<Answer> Answers, Language Language, string Query)
    {
        public bool Answered => Answers.Count > 0;
    }

    public async Task<Results> SearchAsync(string query, Language language, string? locale, CancellationToken cancellationToken)
    {
        var max = Math.Max(options.Value.MaxResults, 1);
        if (string.IsNullOrWhiteSpace(query)) return new Results(await MostAskedAsync(language, max, cancellationToken), language, "");

        var answer = engine.Ask(query, locale);
        if (answer.Status is not (AnswerStatus.Answered or AnswerStatus.Consult)) return new Results([], answer.Language, query);
        return new Results([answer, .. Related(answer, max - 1)], answer.Language, query);
    }

    /// <summary>
    /// The answer's close runners-up, answered in its language. One entry per title: a role's duties are separate units
    /// under the role's name, and a picker of four entries with one title helps no one, so the best of them stays.
    /// </summary>
    private IEnumerable<Answer> Related(Answer answer, int count)
    {
        if (answer.Hits.Count == 0 || count <= 0) return [];
        var floor = answer.Hits[0].Score * options.Value.RelatedScoreShare;
        var titles = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { answer.Title };
        return answer.Hits
            .Where(h => h.UnitId != answer.UnitId && h.Score >= floor)
            .Select(h => engine.AnswerUnit(h.UnitId, answer.Language, h.UnitId))
            .OfType<Answer>()
            .Where(a => titles.Add(a.Title))
            .Take(count);
    }

    private async Task<IReadOnlyList<Answer>> MostAskedAsync(Language language, int max, CancellationToken cancellationToken)
    {
        var counted = await counts.MostGivenAsync(max, cancellationToken);
        // The examples are questions the assistant answers well, in both languages: their units, answered in the reader's language.
        var examples = ExampleQuestions.All.Select(e => engine.Ask(e.Question).UnitId).OfType<string>();
        return [.. counted.Concat(examples).Distinct(StringComparer.Ordinal)
            .Select(unit => engine.AnswerUnit(unit, language, unit))
            .OfType<Answer>()
            .Take(max)];
    }
}
