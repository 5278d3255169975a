namespace ChatAssistant.Bot.Feedback;

public sealed class FeedbackOptions
{
    public const string Section = "Feedback";

    /// <summary>Votes are deleted this many days after they were cast: the questions are people's own words.</summary>
    public int RetentionDays { get; set; } = 365;
}
