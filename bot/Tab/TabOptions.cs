namespace ChatAssistant.Bot.Tab;

public sealed class TabOptions
{
    public const string Section = "Tab";

    /// <summary>The task card the tab is about: highlighted on the map, its roles on the role pages.</summary>
    public string CardId { get; set; } = "PU2-6";

    /// <summary>The channel tab's entity id, which the configuration page saves and the Teams manifest names.</summary>
    public string EntityId { get; set; } = "pu2-6-knowledge";
}
