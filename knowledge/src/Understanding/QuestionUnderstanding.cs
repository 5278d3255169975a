using System.Text.RegularExpressions;
using ChatAssistant.Knowledge.Model;
using ChatAssistant.Knowledge.Search;

namespace ChatAssistant.Knowledge.Understanding;

/// <summary>Question text (+ locale) → language, kinds of question and entities. Never throws on odd input.</summary>
public sealed class QuestionUnderstanding(Glossary glossary)
{
    /// <summary>Longer input is cut here: nobody asks a question in more, and it keeps every step fast.</summary>
    public const int MaxQuestionLength = 1000;

    private readonly EntityRecognizer entities = new(glossary);

    public QuestionAnalysis Analyse(string question, string? locale = null)
    {
        var text = Trim(question);
        var folded = TextFolding.Fold(text);
        var words = TextFolding.Words(text);
        var kinds = MatchKinds(folded);
        var roles = entities.Roles(words);
        var tasks = EntityRecognizer.Tasks(folded);
        if (roles.Count > 0 && kinds.Contains(QuestionKind.RoleDuties) && !kinds.Contains(QuestionKind.RegulatoryChange))
        {
            // "What are the duties of the service manager?" asks for the role, even though "who"/"what" also match.
            kinds = [QuestionKind.RoleDuties, .. kinds.Where(k => k != QuestionKind.RoleDuties)];
        }

        return new QuestionAnalysis(
            text,
            LanguageDetector.Detect(text, locale),
            kinds,
            roles,
            entities.Phase(words),
            tasks,
            entities.Conditions(folded),
            entities.LegalActs(words),
            EntityRecognizer.DutyKind(folded));
    }

    private static string Trim(string question)
    {
        var text = (question ?? "").Trim();
        return text.Length > MaxQuestionLength ? text[..MaxQuestionLength] : text;
    }

    private static IReadOnlyList<QuestionKind> MatchKinds(string folded)
    {
        try
        {
            return KindRules.Match(folded);
        }
        catch (RegexMatchTimeoutException)
        {
            return [];
        }
    }
}
