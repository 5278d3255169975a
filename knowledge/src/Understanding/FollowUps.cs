using System.Text.RegularExpressions;
using ChatAssistant.Knowledge.Model;

namespace ChatAssistant.Knowledge.Understanding;

/// <summary>
/// Follow-ups that lean on the previous question: a short question that opens with "and", "but", "what about" or
/// points back with a pronoun ("tas", "viņš", "it", "them"). It inherits what it does not say itself from the
/// previous answer; a question that names its own subject stands alone.
/// </summary>
internal static class FollowUps
{
    private const int MaxWords = 12;
    private static readonly Regex Opening = Pattern(@"^((ok|okay|labi|nu|great|super|skaidrs|thanks|paldies),?\s+)?(un|bet|a|tad|tatad|and|but|so|also|what about|how about|and what about|ka ar|un ka ar|bet ka ar|un kas ar|ko par|un par|un ja|and if|and for|and the)\b");
    /// <summary>"Tell me more about the likums": leans on the previous answer, unless it names its own subject.</summary>
    private static readonly Regex TellMeMore = Pattern(@"^((ok|okay|labi|nu),?\s+)?(tell me more|more about|pastasti (vairak|sikak)|(vairak|sikak) par)\b");
    // Words that point back. Not "tā" (also "so") nor "this"/"that" alone (mostly "this task", the card itself).
    private static readonly Regex LatvianPronoun = Pattern(@"\b(tas|tam|to|tie|tiem|tos|vins|vina|vinam|vinai|vinu|vini|viniem|tadu|sis|si|so|sie|sim|tai|tajos|tajas|taja pasa|tas pats|to pasu|tie pasi)\b");
    private static readonly Regex EnglishPronoun = Pattern(@"\b(it|its|they|them|their|he|she|him|her|his|this one|that one|those|these|the same|the (first|second|third|last) one|that group|that level|that at|at that|that role|that task|that phase|that act|the rest|the others|the \w+( \w+)? one|which one)\b");

    public static bool Looks(string folded, Language language)
    {
        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length > MaxWords) return false;
        // "pirmais ko nozīmē": an ordinal in a few words points into the previous answer's list.
        return (words.Length <= 5 && Ordinals.IsMatch(folded)) || Opening.IsMatch(folded) || TellMeMore.IsMatch(folded) || (language == Language.Lv ? LatvianPronoun : EnglishPronoun).IsMatch(folded);
    }

    /// <summary>The follow-up with what it lacks taken from the previous answer.</summary>
    public static QuestionAnalysis Inherit(QuestionAnalysis q, string folded, AnswerContext previous)
    {
        // "And after that?" after a phase's steps asks for the next phase, not the phase called "after".
        var whatNext = NextPhase(previous.Phase) is not null && WhatNext.IsMatch(folded);
        // "Un beigās?" after a phase's steps: the steps after creating the regulation.
        var atTheEnd = previous.Phase is not null && AtTheEnd.IsMatch(folded);
        var ownSubject = q.Roles.Count > 0 || q.Tasks.Count > 0 || q.Group is not null || q.Conditions.Count > 0 || q.LegalActs.Count > 0;
        // "Pastāsti vairāk par PU2-7" names what it asks about, and asks no kind of question of the previous answer's.
        var kinds = (TellMeMore.IsMatch(folded) && ownSubject) ? q.Kinds
            : q.Kinds.Count == 0 || (q.Kinds.All(k => k is QuestionKind.Guidance or QuestionKind.LevelsScales) && previous.Task is not null && !ownSubject)
            ? [previous.Kind, .. q.Kinds]
            : q.Kinds;
        // "Ko nozīmē otrā no tām?" after the conditions (or the acts): that item of the list.
        var ordinal = !ownSubject && previous.Kind is QuestionKind.Conditions or QuestionKind.LegalActs ? OrdinalOf(folded) : null;
        if (ordinal is not null) kinds = [previous.Kind];
        // "Whats the KPI one about?" after the linked tasks (or after one of them): another of them, described by its subject.
        var oneOfThem = previous.Kind is QuestionKind.RelatedTasks or QuestionKind.Task && !ownSubject && OneOfThem.IsMatch(folded);
        if (oneOfThem) kinds = [QuestionKind.Task];
        if (atTheEnd) kinds = [QuestionKind.Steps];
        return q with
        {
            Ordinal = ordinal,
            Kinds = kinds,
            // "Un kurā līmenī viņš ir?": the levels table covers every role, so it is not narrowed to one.
            // ("What about amendments at that level?" names a duty: it does lean on the role.) A question of a kind no
            // role answers ("and the results?") does not take the role either.
            Roles = q.Roles.Count > 0 || ownSubject || (q.DutyKind is null && q.Kinds.Count > 0 && !q.Kinds.Any(k => k is QuestionKind.Responsible or QuestionKind.RoleDuties)) ? q.Roles : previous.Roles,
            // "Which other tasks are in the same group?" asks about the group, not the task it was asked after.
            // "Un kā tas saistīts ar šo uzdevumu?" asks how the previous task relates to this card: the related tasks.
            Tasks = q.Tasks.Count > 0 || ownSubject || oneOfThem || q.Kinds.Contains(QuestionKind.Catalogue) || q.Kinds.Contains(QuestionKind.RelatedTasks) || previous.Task is null ? q.Tasks : [previous.Task],
            // A duty of its own ("un kas tos groza?") does not take the phase that came with the previous duty.
            Phase = atTheEnd ? "after" : whatNext ? NextPhase(previous.Phase) : q.Phase ?? (ownSubject || (q.DutyKind is not null && q.DutyKind != previous.DutyKind) ? null : previous.Phase),
            AsksWhatNext = whatNext,
            DutyKind = q.DutyKind ?? previous.DutyKind,
            Scope = q.Scope ?? previous.Scope,
            Group = q.Group ?? (!ownSubject && q.Kinds.Contains(QuestionKind.Catalogue) ? previous.Group : null),
            // "Un kad pieņemts?" after the steps of a phase asks for the next phase's steps, not for a date.
            AsksForUnstatedFacts = q.AsksForUnstatedFacts && !(previous.Phase is not null && q.Phase is not null && !ownSubject),
        };
    }

    /// <summary>The whole message asks what comes next: "and after that?", "un pēc tam?", "what next?", "kas tālāk?".</summary>
    private static readonly Regex WhatNext = Pattern(@"^((ok|okay|labi|nu|skaidrs),?\s+)?(and |un |so |tad )?(after that|then what|what next|whats next|what's next|what comes next|next|and then|un tad|pec tam|un pec tam|kas talak|talak|kas pec tam|un kas pec tam|kas tad|ko tad)\s*[?.!]*$");

    private static readonly Regex OneOfThem = Pattern(@"\bthe (\w+ ){1,2}one\b|\bthat (\w+ )?one\b|\bwhich one\b|\b(kurs|tas) (\w+ )?uzdevums\b|\buzdevums (par|ar) \w+");

    private static readonly Regex AtTheEnd = Pattern(@"^((ok|labi|nu),?\s+)?(and |un |bet )?(beigas|beigu beigas|pasas beigas|at the end|in the end|and finally)\s*[?.!]*$");

    private static readonly Regex Ordinals = Pattern(@"\b(first|1st|second|2nd|third|3rd|last|pirm(ais|a|o|aja|ajam|ajai)|otr(ais|a|o|aja|ajam|ajai)|tres(ais|a|o|aja|ajam|ajai)|pedej(ais|a|o|aja|ajam|ajai))\b");

    private static int? OrdinalOf(string folded)
    {
        var match = Ordinals.Match(folded);
        if (!match.Success) return null;
        var word = match.Value;
        return word.StartsWith("fir", StringComparison.Ordinal) || word == "1st" || word.StartsWith("pirm", StringComparison.Ordinal) ? 1
            : word.StartsWith("sec", StringComparison.Ordinal) || word == "2nd" || word.StartsWith("otr", StringComparison.Ordinal) ? 2
            : word.StartsWith("thi", StringComparison.Ordinal) || word == "3rd" || word.StartsWith("tres", StringComparison.Ordinal) ? 3
            : -1;
    }

    /// <summary>
    /// "Pārfrāzē vienkāršāk", "vari pateikt īsāk?", "can you say that more simply?": the previous answer asked for again,
    /// in other words. The assistant answers from the card's own text, so it gives that answer again, led by its short form.
    /// </summary>
    public static bool AsksToRephrase(string folded) => Rephrase.IsMatch(folded);

    private static readonly Regex Rephrase = Pattern(@"\b(parfraze\w*|parformule\w*|rephrase\w*|reword\w*|paraphrase\w*)\b|\b(pasaki|pasakiet|pateikt|pateiksi|pateiktu|izskaidro|izskaidrojiet|paskaidro|paskaidrojiet|uzraksti|explain|say|put|tell|write)\b(\W+\w+){0,3}\W+(isak\w*|vienkarsak\w*|vienkarsi|vienkarsiem vardiem|saprotamak\w*|simpler|shorter|more simply|briefly|in short|in simple (words|terms)|in one sentence|(vienu|viena) teikum\w*)\b|\b(isak|vienkarsak|shorter|simpler|more simply)\b\s*(,?\s*(ludzu|please|pls))?\s*[?!.]*$");

    private static string? NextPhase(string? phase) => phase switch
    {
        "before" => "while",
        "while" => "after",
        _ => null,
    };

    private static Regex Pattern(string pattern) => new RulePattern(pattern);
}

/// <summary>What a follow-up may inherit from the previous answer; the caller keeps it between turns (the bot in conversation state).</summary>
public sealed record AnswerContext(
    QuestionKind Kind,
    IReadOnlyList<string> Roles,
    string? Task,
    string? Phase,
    string? DutyKind,
    string? Scope,
    string? Group,
    string? UnitId = null)
{
    /// <summary>Everything a follow-up may inherit, as one string: two contexts with the same key give the same answers.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string Key => string.Join('|', Kind, string.Join(',', Roles), Task, Phase, DutyKind, Scope, Group, UnitId);
}
