using System.Globalization;
using System.Text;

namespace ChatAssistant.Bot.Hosting;

/// <summary>
/// CSV for the editors' exports: RFC 4180, UTF-8 with a byte-order mark so that spreadsheet programs show Latvian
/// letters correctly, and cells that a spreadsheet would run as a formula defused.
/// </summary>
public static class CsvText
{
    public static string Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var csv = new StringBuilder("\uFEFF");
        csv.AppendJoin(',', header.Select(Cell)).Append("\r\n");
        foreach (var row in rows) csv.AppendJoin(',', row.Select(Cell)).Append("\r\n");
        return csv.ToString();
    }

    public static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Quotes every cell that needs it, and defuses a leading =, +, -, @, tab or CR.</summary>
    private static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
