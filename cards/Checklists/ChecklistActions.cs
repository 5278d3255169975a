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

    public static JsonObject Data(string action, string card, string role, string name, string owner, string version, long revision = 0) =>
        CardActions.Data(action, (CardFields.Card, card), (CardFields.Role, role), (CardFields.Name, name), (CardFields.Owner, owner),
            (CardFields.ChecklistVersion, version), (CardFields.Revision, revision));

    public static JsonObject OpenData(string card, string role, string name) =>
        CardActions.Data(Open, (CardFields.Card, card), (CardFields.Role, role), (CardFields.Name, name));

    public static JsonObject MineData() => CardActions.Data(Mine);
}
