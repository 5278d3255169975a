namespace ChatAssistant.Cards.Tab;

/// <summary>
/// What the tab page needs besides the content: the card it is about (highlighted on the map), the bot's app id for
/// the checklist deep links (none in local mode), where its scripts and styles are served, and whether the Teams
/// JavaScript library is there to load.
/// </summary>
public sealed record TabPageSettings(string CardId, string? BotAppId, string AssetPath, bool TeamsJs)
{
    public const string TeamsJsFile = "teams-js.min.js", ScriptFile = "tab.js", TeamsHostFile = "teams-host.js", ConfigScriptFile = "tab-config.js", StyleFile = "tab.css";
}
