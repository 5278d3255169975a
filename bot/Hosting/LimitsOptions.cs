namespace ChatAssistant.Bot.Hosting;

public sealed class LimitsOptions
{
    public const string Section = "Limits";

    /// <summary>Activities larger than this get 413. Real Teams activities are a few kilobytes.</summary>
    public int MaxActivityBytes { get; set; } = 256 * 1024;
}
