using System.Text.Json;
using ChatAssistant.Bot.Hosting;

namespace ChatAssistant.Bot.Feedback;

/// <summary>The votes for the content editors, as CSV or JSON: the question, the answer unit, the verdict, the language and when.</summary>
public static class FeedbackExport
{
    private static readonly string[] Header = ["at", "helpful", "language", "unit", "question"];
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static string ToJson(IEnumerable<FeedbackVote> votes) => JsonSerializer.Serialize(votes, Json);

    public static string ToCsv(IEnumerable<FeedbackVote> votes) => CsvText.Write(Header, votes.Select(v => (IReadOnlyList<string>)
        [CsvText.Time(v.At), v.Helpful ? "yes" : "no", v.Language, v.UnitId ?? "", v.Question]));
}
