namespace ChatAssistant.Bot.Feedback;

/// <summary>One "helpful / not helpful" press, with the question and the answer unit it was about.</summary>
public sealed record FeedbackEntry(string ConversationId, string UserId, string Question, string? UnitId, bool Helpful, string Language, DateTimeOffset At)
{
    /// <summary>
    /// The question and unit come back from the card's data, which a client can change: they are cut to these
    /// lengths before storing (a real question is far shorter; Azure Table storage takes 64 KB per property).
    /// </summary>
    public const int MaxQuestionLength = 2000;
    public const int MaxUnitLength = 200;

    public FeedbackEntry Clipped() => this with
    {
        Question = Question.Length <= MaxQuestionLength ? Question : Question[..MaxQuestionLength],
        UnitId = UnitId is { Length: > MaxUnitLength } unit ? unit[..MaxUnitLength] : UnitId,
    };
}

/// <summary>A stored vote as the content editors see it: what was asked, which answer, the verdict, and when. No person.</summary>
public sealed record FeedbackVote(DateTimeOffset At, string Question, string? UnitId, bool Helpful, string Language);

/// <summary>
/// Feedback for the content editors. A person has one vote per question and answer unit: pressing again (or the
/// other button) replaces their earlier vote, so a double click does not count twice.
/// </summary>
public interface IFeedbackStore
{
    Task AddAsync(FeedbackEntry entry, CancellationToken cancellationToken);

    /// <summary>Every vote, oldest first.</summary>
    Task<IReadOnlyList<FeedbackVote>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Deletes the votes cast before <paramref name="cutoff"/>; returns how many went.</summary>
    Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}
