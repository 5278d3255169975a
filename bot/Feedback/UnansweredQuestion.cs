using ChatAssistant.Knowledge.Search;

namespace ChatAssistant.Bot.Feedback;

/// <summary>Why a question is in the report: the assistant declined it, or someone marked its answer "not helpful".</summary>
public static class UnansweredReason
{
    public const string Declined = "declined";
    public const string NotHelpful = "not-helpful";
}

/// <summary>
/// One question the assistant could not answer well, as recorded: the text (cut to length), why, the unit the engine
/// would have picked and its score, and the language. No person: not who asked, not where.
/// </summary>
public sealed record UnansweredQuestion(string Question, string Reason, string? NearestUnit, double? NearestScore, string Language)
{
    public const int MaxQuestionLength = 500;
    public const int MaxKeyLength = 200;
    public const int MaxUnitLength = 200;

    /// <summary>The form questions are grouped by: folded, lower case, words only ("Kas izstrādā aktus?" = "kas izstrada aktus").</summary>
    public string Normalised
    {
        get
        {
            var key = string.Join(' ', TextFolding.Words(Question));
            return key.Length <= MaxKeyLength ? key : key[..MaxKeyLength];
        }
    }

    public UnansweredQuestion Clipped() => this with
    {
        Question = Question.Length <= MaxQuestionLength ? Question : Question[..MaxQuestionLength],
        NearestUnit = NearestUnit is { Length: > MaxUnitLength } unit ? unit[..MaxUnitLength] : NearestUnit,
    };
}

/// <summary>A group of alike questions in the report: how often, first and last seen, and the latest wording and nearest unit.</summary>
public sealed record UnansweredGroup(
    string Normalised, string Reason, int Count, DateTimeOffset FirstAt, DateTimeOffset LastAt, string Question, string? NearestUnit, double? NearestScore, string Language);
