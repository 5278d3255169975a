using ChatAssistant.Knowledge.Model;

namespace ChatAssistant.Bot.Escalation;

/// <summary>Where escalations go and how they are delivered. Section "Escalation"; the admins are in <c>AdminOptions</c>.</summary>
public sealed class EscalationOptions
{
    public const string Section = "Escalation";

    /// <summary>
    /// The Teams channel of the VARAM consultation (its conversation ID, "19:...@thread.tacv2"). Tickets are posted
    /// there through <see cref="ConsultationServiceUrl"/>, or through the channel's own reference once an activity
    /// has come from it. Unset: tickets are stored and wait in the outbox.
    /// </summary>
    public string? ConsultationChannelId { get; set; }

    /// <summary>The Bot Connector service URL of the consultation channel's tenant, e.g. https://smba.trafficmanager.net/emea/.</summary>
    public string? ConsultationServiceUrl { get; set; }

    /// <summary>The language of the ticket cards in the channel.</summary>
    public string ChannelLanguage { get; set; } = "lv";

    /// <summary><see cref="ChannelLanguage"/> as the language the ticket cards are drawn in.</summary>
    public Language ChannelCardLanguage => LanguageCode.FromCode(ChannelLanguage) ?? Language.Lv;

    /// <summary>Answered and closed tickets are deleted this many days after their last change.</summary>
    public int RetentionDays { get; set; } = 365;

    /// <summary>
    /// New and assigned tickets nobody has changed for this many days are closed by the bot (the requester and the
    /// channel are told); <see cref="RetentionDays"/> later they are deleted like any closed ticket.
    /// </summary>
    public int OpenTicketDays { get; set; } = 180;

    /// <summary>
    /// How long an instance holds a delivery it is sending before another run may take it again: longer than any
    /// send takes. A crash mid-send leaves the delivery to be sent again after this time.
    /// </summary>
    public TimeSpan DeliveryLease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often the outbox is checked for deliveries to retry.</summary>
    public TimeSpan OutboxInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The wait after a first failed delivery; it doubles with each further failure, up to 30 minutes.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(15);
}
