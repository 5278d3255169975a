using ChatAssistant.Bot.Turn;
using ChatAssistant.Cards;
using ChatAssistant.Cards.Checklists;
using ChatAssistant.Knowledge.Search;

namespace ChatAssistant.Bot.Checklists;

/// <summary>
/// The checklist words staff type: "kontrolsaraksts", "checklist pakalpojuma vadītājam: Noteikumi X",
/// "mani kontrolsaraksti" / "my checklists"; and checklist payloads from card buttons.
/// </summary>
internal static class ChecklistCommands
{
    private static readonly string[] StartWords = ["kontrolsaraksts", "kontrolsarakstu", "kontrolsaraksta", "checklist", "check list"];
    private static readonly string[] MineWords = ["mani kontrolsaraksti", "manus kontrolsarakstus", "my checklists", "my checklist"];

    public static bool IsMine(string text) => MineWords.Contains(CommandText.Normalise(text));

    /// <summary>"kontrolsaraksts resursa vadītājam: IT sistēmas noteikumi" → (rest "resursa vadītājam", name "IT sistēmas noteikumi").</summary>
    public static bool TryParseStart(string text, out string rest, out string? name)
    {
        rest = "";
        name = null;
        var folded = TextFolding.Fold(text.Trim());
        var word = StartWords.FirstOrDefault(w => folded.StartsWith(w, StringComparison.Ordinal) && (folded.Length == w.Length || !char.IsLetter(folded[w.Length])));
        if (word is null) return false;
        var remainder = text.Trim()[word.Length..];
        var colon = remainder.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0)
        {
            name = remainder[(colon + 1)..].Trim();
            remainder = remainder[..colon];
        }
        rest = remainder.Trim();
        return true;
    }

    public static ChecklistCommand? ToCommand(CardSubmit submit)
    {
        if (!submit.TryField(CardFields.Card, out var card) || !submit.TryField(CardFields.Role, out var role) ||
            !submit.TryField(CardFields.Owner, out var owner) || submit.Field(CardFields.ChecklistVersion) is not { } version ||
            !long.TryParse(submit.Field(CardFields.Revision) ?? "0", System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var revision))
        {
            return null;
        }
        var ticks = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var (field, value) in submit.Fields)
        {
            if (!field.StartsWith(ChecklistActions.ItemPrefix, StringComparison.Ordinal)) continue;
            if (!bool.TryParse(value, out var ticked)) return null;
            ticks[field[ChecklistActions.ItemPrefix.Length..]] = ticked;
        }
        return new ChecklistCommand(submit.Action, card, role, submit.Field(CardFields.Name) ?? "", owner, version, revision, ticks);
    }

    public static bool IsCardCommand(string action) =>
        action is ChecklistActions.Save or ChecklistActions.Reset or ChecklistActions.Export or ChecklistActions.Refresh;
}
