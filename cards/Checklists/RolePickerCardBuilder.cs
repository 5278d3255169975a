using System.Text.Json.Nodes;
using ChatAssistant.Knowledge.Model;
using static ChatAssistant.Cards.AdaptiveCard;
using ChatAssistant.Cards.Strings;

namespace ChatAssistant.Cards.Checklists;

/// <summary>Asks which of the card's roles a new checklist is for, with one line on each, and an optional work name.</summary>
public static class RolePickerCardBuilder
{
    public const string NameInput = CardFields.Name;

    public static JsonObject Build(IReadOnlyList<(Role Role, Text Definition)> roles, Language language, string? name = null)
    {
        var body = new List<JsonNode>
        {
            TextBlock(ChecklistText.PickRoleTitle.In(language), weight: TextWeight.Bolder, size: TextSize.Large),
            TextBlock(ChecklistText.PickRoleHint.In(language), isSubtle: true),
            new JsonObject
            {
                ["type"] = "Input.Text",
                ["id"] = NameInput,
                ["label"] = ChecklistText.NameLabel.In(language),
                ["placeholder"] = ChecklistText.NamePlaceholder.In(language),
                ["maxLength"] = 120,
                ["value"] = name ?? "",
            },
        };
        foreach (var (role, definition) in roles)
        {
            body.Add(TextBlock(ChecklistCardBuilder.Holder(role, language), weight: TextWeight.Bolder, separator: true));
            body.Add(TextBlock(definition.In(language), isSubtle: true, spacing: Spacing.None));
            body.Add(ActionSet([Submit(ChecklistCardBuilder.Holder(role, language), CardActions.ChecklistStartData(role.Id).InLanguage(language))], Spacing.Small));
        }
        return Card(body, []).FullWidth();
    }
}
