using System.Globalization;
using System.Text.Json.Nodes;
using ChatAssistant.Knowledge.Model;
using static ChatAssistant.Cards.AdaptiveCard;
using ChatAssistant.Cards.Strings;

namespace ChatAssistant.Cards.Checklists;

/// <summary>
/// A role holder's checklist: phases in order, each item a toggle, then the source and the actions. Buttons are
/// Universal Actions (Action.Execute) that update the card in place, falling back to Action.Submit on clients
/// without them; <c>refresh</c> lets each user see their own progress when the card is shared.
/// </summary>
public static class ChecklistCardBuilder
{
    public static JsonObject Build(ChecklistView view)
    {
        var (checklist, language) = (view.Checklist, view.Language);
        var total = checklist.Items.Count();
        var done = checklist.Items.Count(i => view.Done.Contains(i.Id));
        var body = new List<JsonNode>
        {
            TextBlock($"{ChecklistText.Title.In(language)}: {Holder(checklist.Role, language)}", weight: TextWeight.Bolder, size: TextSize.Large),
            UserText.Block($"{ChecklistText.WorkName.In(language)}: {view.Name} · {Format(ChecklistText.Progress.In(language), done, total)}", isSubtle: true, spacing: Spacing.None),
        };
        if (view.Notice is not null) body.Add(UserText.Block(view.Notice, color: TextColor.Warning));
        foreach (var phase in checklist.Phases)
        {
            body.Add(TextBlock(Capital(phase.Name.In(language)), weight: TextWeight.Bolder, separator: true));
            body.AddRange(phase.Items.Select(item => Toggle(item, view.Done.Contains(item.Id), language)));
        }
        var slides = string.Join(language == Language.Lv ? ". un " : ", ", checklist.Slides);
        body.Add(TextBlock(Format(ChecklistText.Sources.In(language), checklist.Card, slides), isSubtle: true, separator: true));

        var card = Card(body, [
            Execute(ChecklistText.Save.In(language), ChecklistActions.Save, view, ActionStyle.Positive),
            Execute(ChecklistText.Reset.In(language), ChecklistActions.Reset, view),
            Execute(ChecklistText.Export.In(language), ChecklistActions.Export, view),
        ]).FullWidth();
        card["refresh"] = new JsonObject
        {
            ["action"] = Execute("", ChecklistActions.Refresh, view),
            ["userIds"] = new JsonArray(view.RefreshUserId ?? view.OwnerId),
        };
        return card;
    }

    public static string Holder(Role role, Language language) =>
        language == Language.Lv ? role.Holder.Lv : $"{Capital(role.Holder.En)} ({role.Holder.Lv})";

    private static JsonObject Toggle(Knowledge.Checklists.ChecklistItem item, bool done, Language language) => new()
    {
        ["type"] = "Input.Toggle",
        ["id"] = ChecklistActions.ItemPrefix + item.Id,
        ["title"] = item.IsDuty ? $"{item.Text.In(language)} ({ChecklistText.Duty.In(language)})" : item.Text.In(language),
        ["value"] = done ? "true" : "false",
        ["valueOn"] = "true",
        ["valueOff"] = "false",
        ["wrap"] = true,
    };

    /// <summary>Action.Execute for Teams; clients without Universal Actions fall back to the same payload as a submit.</summary>
    private static JsonObject Execute(string title, string verb, ChecklistView view, ActionStyle style = ActionStyle.Default)
    {
        var data = ChecklistActions.Data(verb, view.Checklist.Card, view.Checklist.Role.Id, view.Name, view.OwnerId, view.Checklist.Version, view.Revision)
            .InLanguage(view.Language);
        return AdaptiveCard.Execute(title, verb, data, style, fallback: verb != ChecklistActions.Refresh);
    }

    private static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
    private static string Format(string template, params object[] args) => string.Format(CultureInfo.InvariantCulture, template, args);
}
