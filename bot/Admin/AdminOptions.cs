namespace ChatAssistant.Bot.Admin;

/// <summary>
/// Who the admins are and the key of the /admin endpoints. They guard more than escalation (the feedback and
/// unanswered-question exports too), so they are options of their own; they are still read from the "Escalation"
/// section, where deployments already set them (<c>Escalation__AdminIds__0</c>, <c>Escalation__AdminApiKey</c>).
/// </summary>
public sealed class AdminOptions
{
    public const string Section = "Escalation";

    /// <summary>Teams user IDs or Entra object IDs of admins: they may read any ticket and list pending deliveries.</summary>
    public List<string> AdminIds { get; set; } = [];

    /// <summary>Key for the /admin endpoints (exports, pending deliveries). Unset: the endpoints do not exist.</summary>
    public string? AdminApiKey { get; set; }
}
