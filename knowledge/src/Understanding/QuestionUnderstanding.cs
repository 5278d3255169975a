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
        var kinds = KindRules.Match(folded);
        var roles = entities.Roles(words);
        var tasks = EntityRecognizer.Tasks(folded);
        var dutyKind = EntityRecognizer.DutyKind(folded);
        if (roles.Count > 0 && (kinds.Contains(QuestionKind.RoleDuties) || dutyKind is null) && !kinds.Contains(QuestionKind.RegulatoryChange) && !kinds.Contains(QuestionKind.Steps))
        {
            // A role named without a particular duty asks about the role: "what does the service manager do?"
            kinds = [QuestionKind.RoleDuties, .. kinds.Where(k => k != QuestionKind.RoleDuties)];
        }

        return new QuestionAnalysis(
            text,
            LanguageDetector.Detect(text, locale),
            kinds,
            roles,
            entities.Phase(words),
            tasks,
            entities.Conditions(folded, words),
            entities.LegalActs(words),
            dutyKind,
            EntityRecognizer.Scope(folded),
            UnanswerableRules.Matches(folded));
    }

    private static string Trim(string question)
    {
        var text = (question ?? "").Trim();
        return text.Length > MaxQuestionLength ? text[..MaxQuestionLength] : text;
    }
}
