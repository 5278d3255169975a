namespace ChatAssistant.Bot.ComposeSearch;

public sealed class ComposeSearchOptions
{
    public const string Section = "ComposeSearch";

    /// <summary>Results in one list: the answer and the next-best answers, or the most asked. Teams shows about this many without scrolling.</summary>
    public int MaxResults { get; set; } = 5;

    /// <summary>
    /// A next-best answer joins the list only when its score is at least this share of the best one's: further down
    /// the ranking the candidates share a word with the query and little else.
    /// </summary>
    public double RelatedScoreShare { get; set; } = 0.6;

    /// <summary>An answer not given for this many days drops out of the most-asked counts, so the list follows what people ask now.</summary>
    public int CountRetentionDays { get; set; } = 180;

    /// <summary>How often the counts gathered in memory are written to their store: chat turns never wait for that write.</summary>
    public TimeSpan CountFlushInterval { get; set; } = TimeSpan.FromSeconds(30);
}
