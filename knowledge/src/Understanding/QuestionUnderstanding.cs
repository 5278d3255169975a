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

    [GeneratedRegex(@"^(es\s+)?(esmu|strada\w* (ka|par)|ka)\b|^(i am|im|i work as|as (a|an|the))\b|\b(es esmu|i am|as a|as an|ka (\w+ )?(vaditajs|vaditaja|saimnieks|saimniece))\b")]
    private static partial Regex RoleView();

    [GeneratedRegex(@"\b(first|start|begin|sakt|sakumam|sakuma|vispirms|pirmais|pirmo|pirmkart)\w*\b")]
    private static partial Regex FirstThing();

    [GeneratedRegex(@"\b(resurs\w*|resource\w*)\b")]
    private static partial Regex ResourceWord();

    [GeneratedRegex(@"\b(pakalpojum\w*|services?)\b")]
    private static partial Regex ServiceWord();

    /// <param name="question">The question, typos corrected.</param>
    /// <param name="asTyped">The question as typed, when it differs: small talk and requests are read from it, as a
    /// correction made for the card's vocabulary can change them ("talk to a person").</param>
    public QuestionAnalysis Analyse(string question, string? locale = null, AnswerContext? previous = null, string? asTyped = null)
    {
        var text = Trim(question);
        var folded = TextFolding.Fold(text);
        var words = TextFolding.Words(text);
        // Small talk, requests and what the card cannot answer are read from the question as typed too: a correction
        // made for the card's vocabulary can change them ("talk" is one letter from "task", "pelna" from "pilna").
        var typed = asTyped is null ? null : TextFolding.Fold(Trim(asTyped));
        var intent = (typed is null ? null : IntentRules.Match(typed, () => entities.Roles(TextFolding.Words(asTyped!))))
            ?? IntentRules.Match(folded, () => entities.Roles(words));
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
        var phase = entities.Phase(words);
        var roleView = roles.Count > 0 && RoleView().IsMatch(folded);
        if (roleView)
        {
            // "I am a service manager, what do I do first / after adoption?": the steps of that phase, or the role's duties.
            phase ??= FirstThing().IsMatch(folded) ? "before" : null;
            kinds = phase is null ? [QuestionKind.RoleDuties] : [QuestionKind.Steps];
            dutyKind = null;
        }
        else if (roles.Count > 0 && (kinds.Contains(QuestionKind.RoleDuties) || dutyKind is null) && !kinds.Contains(QuestionKind.RegulatoryChange) && !kinds.Contains(QuestionKind.Steps) && !kinds.Contains(QuestionKind.LevelsScales))
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
            phase,
            tasks,
            entities.Conditions(folded, words),
            entities.LegalActs(words),
            dutyKind,
            EntityRecognizer.Scope(folded),
            UnanswerableRules.Matches(folded) || (typed is not null && UnanswerableRules.Matches(typed)))
        {
            Intent = intent,
            CatalogueAsk = CatalogueAsks.Of(folded),
            Group = tasks.Count == 0 && GroupId().Match(folded) is { Success: true } g ? "PU" + g.Groups[1].Value : null,
            UnassignedAction = UnassignedActions.Find(folded, roles.Count > 0) ?? (typed is null ? null : UnassignedActions.Find(typed, roles.Count > 0)),
            RoleView = roleView,
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
