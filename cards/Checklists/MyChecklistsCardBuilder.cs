using System.Globalization;
using System.Text.Json.Nodes;
using ChatAssistant.Knowledge.Model;
using static ChatAssistant.Cards.AdaptiveCard;

namespace ChatAssistant.Cards.Checklists;

/// <summary>"My checklists": every checklist a person keeps, with progress, each with a button to open it.</summary>
public static class MyChecklistsCardBuilder
{
    public static JsonObject Build(IReadOnlyList<ChecklistSummary> checklists, Language language)
    {
        var body = new List<JsonNode> { TextBlock(ChecklistText.MyChecklistsTitle.In(language), weight: TextWeight.Bolder, size: TextSize.Large) };
        if (checklists.Count == 0) body.Add(TextBlock(ChecklistText.NoChecklists.In(language)));
        foreach (var c in checklists)
        {
            var progress = string.Format(CultureInfo.InvariantCulture, ChecklistText.Progress.In(language), c.Done, c.Total);
            body.Add(UserText.Block($"{ChecklistCardBuilder.Holder(c.Role, language)} — {c.Name}", weight: TextWeight.Bolder, separator: true));
            body.Add(TextBlock($"{c.Card} · {progress} · {c.UpdatedAt:yyyy-MM-dd}", isSubtle: true, spacing: Spacing.None));
            body.Add(ActionSet([Submit(ChecklistText.Open.In(language), ChecklistActions.OpenData(c.Card, c.Role.Id, c.Name).InLanguage(language))], Spacing.Small));
        }
        return Card(body, [Submit(ChecklistText.NewChecklist.In(language), CardActions.ChecklistStartData().InLanguage(language))]).FullWidth();
    }
}
