namespace ChatAssistant.Bot.Feedback;

/// <summary>One "helpful / not helpful" press, with the question and the answer unit it was about.</summary>
public sealed record FeedbackEntry(string ConversationId, string UserId, string Question, string? UnitId, bool Helpful, string Language);

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
}
