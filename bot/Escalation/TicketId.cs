using System.Globalization;
using System.Text.RegularExpressions;

namespace ChatAssistant.Bot.Escalation;

/// <summary>Human-readable ticket IDs, VARAM-2026-0042: the year of creation and a per-year sequence number.</summary>
public static partial class TicketId
{
    public const string Prefix = "VARAM";

    public static string Format(int year, int number) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}-{year:D4}-{number:D4}");

    /// <summary>Accepts any letter case and surrounding spaces, as people type IDs into chat.</summary>
    public static bool TryNormalise(string? text, out string id)
    {
        id = "";
        var match = Pattern().Match(text?.Trim() ?? "");
        if (!match.Success) return false;
        id = Format(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
        return true;
    }

    [GeneratedRegex(@"^VARAM-([0-9]{4})-([0-9]{1,6})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
