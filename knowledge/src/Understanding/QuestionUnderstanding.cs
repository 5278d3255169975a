using System.Text.RegularExpressions;
using ChatAssistant.Knowledge.Model;
using ChatAssistant.Knowledge.Search;

namespace ChatAssistant.Knowledge.Understanding;

/// <summary>Question text (+ locale) → language, kinds of question and entities. Never throws on odd input.</summary>
public sealed partial class QuestionUnderstanding(Glossary glossary)
{
    /// <summary>Longer input is cut here: nobody asks a question in more, and it keeps every step fast.</summary>
    public const int MaxQuestionLength = 1000;

    private readonly EntityRecognizer entities = new(glossary);

    [GeneratedRegex(@"\bpu\s*([1-3])(?=$|[\s?!.,;:)])")]
    private static partial Regex GroupId();

    [GeneratedRegex(@"\b(resurs\w*|resource\w*)\b")]
    private static partial Regex ResourceWord();

    [GeneratedRegex(@"\b(pakalpojum\w*|services?)\b")]
    private static partial Regex ServiceWord();

    public QuestionAnalysis Analyse(string question, string? locale = null, AnswerContext? previous = null)
    {
        var text = Trim(question);
        var folded = TextFolding.Fold(text);
        var words = TextFolding.Words(text);
        var intent = IntentRules.Match(folded, () => entities.Roles(words));
        if (intent is null)
        {
            // "Sveiki, kas izstrādā aktus?" is the question after the greeting.
            var rest = IntentRules.WithoutGreeting(folded);
            if (rest.Length < folded.Length && folded.Length == text.Length && rest.Length > 0)
            {
                text = text[^rest.Length..];
                folded = rest;
                words = TextFolding.Words(text);
            }
        }

        var kinds = KindRules.Match(folded);
        var roles = entities.Roles(words);
        var tasks = EntityRecognizer.Tasks(folded);
        var dutyKind = EntityRecognizer.DutyKind(folded);
        if (roles.Count > 0 && (kinds.Contains(QuestionKind.RoleDuties) || dutyKind is null) && !kinds.Contains(QuestionKind.RegulatoryChange) && !kinds.Contains(QuestionKind.Steps))
        {
            // A role named without a particular duty asks about the role: "what does the service manager do?"
            kinds = [QuestionKind.RoleDuties, .. kinds.Where(k => k != QuestionKind.RoleDuties)];
        }

        var language = LanguageDetector.Detect(text, locale);
        var q = new QuestionAnalysis(
            text,
            language,
            kinds,
            roles,
            entities.Phase(words),
            tasks,
            entities.Conditions(folded, words),
            entities.LegalActs(words),
            dutyKind,
            EntityRecognizer.Scope(folded),
            UnanswerableRules.Matches(folded))
        {
            Intent = intent,
            Group = tasks.Count == 0 && GroupId().Match(folded) is { Success: true } g ? "PU" + g.Groups[1].Value : null,
            UnassignedAction = UnassignedActions.Find(folded),
            IsFollowUp = previous is not null && FollowUps.Looks(folded, language),
        };
        if (!q.IsFollowUp) return q;

        var inherited = FollowUps.Inherit(q, previous!);
        return q.Roles.Count == 0 && inherited.Roles.Count == 1 ? inherited with { Roles = [Counterpart(inherited.Roles[0], folded)] } : inherited;
    }

    /// <summary>Whether the question may lean on the previous one; cheap, so callers can decide before analysing.</summary>
    public static bool MayFollowUp(string question, string? locale)
    {
        var text = Trim(question);
        return FollowUps.Looks(TextFolding.Fold(text), LanguageDetector.Detect(text, locale));
    }

    /// <summary>"And for resources?" after a service role asks about the matching resource role, and the other way round.</summary>
    private string Counterpart(string role, string folded)
    {
        var current = glossary.Role(role);
        var wantsResource = ResourceWord().IsMatch(folded);
        var wantsService = ServiceWord().IsMatch(folded);
        if (wantsResource == wantsService) return role;
        var level = wantsResource ? "support" : "core";
        if (current.Level == level) return role;
        var portfolio = current.Scale == "institution";
        return glossary.Roles.FirstOrDefault(r => r.Level == level && (r.Scale == "institution") == portfolio)?.Id ?? role;
    }

    private static string Trim(string question)
    {
        var text = (question ?? "").Trim();
        return text.Length > MaxQuestionLength ? text[..MaxQuestionLength] : text;
    }
}
