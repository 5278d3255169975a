using System.Text.Json.Nodes;

namespace ChatAssistant.Cards.Checklists;

/// <summary>
/// Payloads of the checklist card's buttons. Each names the checklist (card, role, work name), its owner and the
/// checklist version the card was drawn from, so that the bot can refuse a stale card or someone else's click.
/// Ticks arrive beside them as <c>item.&lt;id&gt;</c> = "true" / "false".
/// </summary>
public static class ChecklistActions
{
    public const string Save = "checklist.save";
    public const string Reset = "checklist.reset";
    public const string Export = "checklist.export";
    public const string Refresh = "checklist.refresh";
    public const string Open = "checklist.open";
    public const string Mine = "checklist.mine";
    public const string ItemPrefix = "item.";

    public static JsonObject Data(string action, string card, string role, string name, string owner, string version, long revision = 0) => new()
    {
        ["rev"] = revision,
        [CardActions.ActionField] = action,
        [CardActions.VersionField] = CardActions.Version,
        ["card"] = card,
        ["role"] = role,
        ["name"] = name,
        ["owner"] = owner,
        ["ver"] = version,
    };

    public static JsonObject OpenData(string card, string role, string name) => new()
    {
        [CardActions.ActionField] = Open,
        [CardActions.VersionField] = CardActions.Version,
        ["card"] = card,
        ["role"] = role,
        ["name"] = name,
    };
}
