using ChatAssistant.Bot.Turn;
using ChatAssistant.Knowledge.Search;

namespace ChatAssistant.Bot.Escalation;

/// <summary>
/// Typed escalation commands: "eskalēt" / "escalate" (optionally with the question after it), "mani pieteikumi" /
/// "my tickets", "pieteikums VARAM-2026-0042" / "ticket ...", and the admins' "neizsūtītie" / "pending deliveries".
/// </summary>
internal static class EscalationCommands
{
    private static readonly string[] EscalateWords = ["eskalet", "escalate", "nodot varam", "nodot konsultacijai"];
    private static readonly HashSet<string> MineWords = ["mani pieteikumi", "manus pieteikumus", "my tickets", "my ticket", "pieteikumi", "tickets"];
    private static readonly HashSet<string> PendingWords = ["neizsutitie", "neizsutitie pazinojumi", "pending deliveries", "pending", "outbox"];
    private static readonly string[] ShowWords = ["pieteikums", "ticket"];

    public static bool TryParseEscalate(string text, out string question)
    {
        question = "";
        var trimmed = text.Trim();
        var folded = TextFolding.Fold(trimmed);
        var word = EscalateWords.FirstOrDefault(w => folded.StartsWith(w, StringComparison.Ordinal) && (folded.Length == w.Length || !char.IsLetter(folded[w.Length])));
        if (word is null) return false;
        question = trimmed[word.Length..].TrimStart(':', ' ', '-', '—').Trim();
        return true;
    }

    public static bool IsMine(string text) => MineWords.Contains(CommandText.Normalise(text));

    public static bool IsPending(string text) => PendingWords.Contains(CommandText.Normalise(text));

    public static bool TryParseShow(string text, out string ticketId)
    {
        ticketId = "";
        var parts = text.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 1) return TicketId.TryNormalise(parts[0], out ticketId);
        return ShowWords.Contains(TextFolding.Fold(parts[0])) && TicketId.TryNormalise(parts[1], out ticketId);
    }
}
