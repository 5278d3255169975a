using System.Globalization;
using System.Text.Json.Nodes;
using ChatAssistant.Knowledge.Model;
using static ChatAssistant.Cards.AdaptiveCard;
using ChatAssistant.Cards.Strings;

namespace ChatAssistant.Cards.Checklists;

/// <summary>"My checklists": every checklist a person keeps, with progress, each with a button to open it.</summary>
public static class MyChecklistsCardBuilder
{
    public static JsonObject Build(IReadOnlyList<ChecklistSummary> checklists, Language language)
    {
        var body = new List<JsonNode> { TextBlock(ChecklistText.MyChecklistsTitle.In(language), weight: TextWeight.Bolder, size: TextSize.Large) };
        if (checklists.Count == 0) body.Add(TextBlock(ChecklistText.NoChecklists.In(language)));
        JsonNode[] actions = [Submit(ChecklistText.NewChecklist.In(language), CardActions.ChecklistStartData().InLanguage(language))];
        var shown = CardBudget.Fill(body, actions, checklists.Select(c => (IReadOnlyList<JsonNode>)
        [
            UserText.Block($"{ChecklistCardBuilder.Holder(c.Role, language)} — {c.Name}", weight: TextWeight.Bolder, separator: true),
            TextBlock($"{c.Card} · {string.Format(CultureInfo.InvariantCulture, ChecklistText.Progress.In(language), c.Done, c.Total)} · {c.UpdatedAt:yyyy-MM-dd}", isSubtle: true, spacing: Spacing.None),
            ActionSet([Submit(ChecklistText.Open.In(language), ChecklistActions.OpenData(c.Card, c.Role.Id, c.Name).InLanguage(language))], Spacing.Small),
        ]));
        CardBudget.SayWhatWasLeftOut(body, shown, checklists.Count, ChecklistText.ListRest, language);
        return Card(body, actions).FullWidth();
    }
}
