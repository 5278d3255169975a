using System.Globalization;
using System.Text.Json;
using ChatAssistant.Bot.Hosting;

namespace ChatAssistant.Bot.Feedback;

/// <summary>The report as CSV or JSON: each group with its count, when it was first and last seen, and the nearest unit.</summary>
public static class UnansweredExport
{
    private static readonly string[] Header = ["count", "reason", "first_at", "last_at", "language", "nearest_unit", "nearest_score", "question", "normalised"];
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static string ToJson(IEnumerable<UnansweredGroup> groups) => JsonSerializer.Serialize(groups, Json);

    public static string ToCsv(IEnumerable<UnansweredGroup> groups) => CsvText.Write(Header, groups.Select(g => (IReadOnlyList<string>)
    [
        g.Count.ToString(CultureInfo.InvariantCulture), g.Reason, CsvText.Time(g.FirstAt), CsvText.Time(g.LastAt), g.Language, g.NearestUnit ?? "",
        g.NearestScore?.ToString("0.000", CultureInfo.InvariantCulture) ?? "", g.Question, g.Normalised,
    ]));
}
