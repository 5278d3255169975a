using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Bot.Escalation;

/// <summary>
/// The configured consultation channel and the conversation reference used to post to it proactively. The
/// reference is remembered (in bot state storage, so every instance shares it) the first time an activity comes from
/// that channel: a consultant @mentioning the bot there, or clicking a ticket card. Until then the reference is
/// built from the configured service URL, so set <see cref="EscalationOptions.ConsultationServiceUrl"/> for the first post.
/// </summary>
public sealed class ConsultationChannel(IStorage storage, IOptions<EscalationOptions> options, ILogger<ConsultationChannel> logger)
{
    private const string StorageKey = "escalation/consultation-channel";
    private volatile bool remembered;

    public string? ChannelId => string.IsNullOrWhiteSpace(options.Value.ConsultationChannelId) ? null : options.Value.ConsultationChannelId.Trim();

    /// <summary>A thread reply's conversation ID is the channel's plus ";messageid=...".</summary>
    public static string BaseConversationId(string? conversationId) => (conversationId ?? "").Split(';')[0];

    public bool IsConsultation(IActivity activity) =>
        ChannelId is { } id && string.Equals(BaseConversationId(activity.Conversation?.Id), id, StringComparison.Ordinal);

    /// <summary>Stores the channel's reference when this turn comes from the consultation channel.</summary>
    public async Task RememberAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        if (remembered || !IsConsultation(turn.Activity)) return;
        var reference = turn.Activity.GetConversationReference();
        reference.Conversation = new ConversationAccount(isGroup: true, id: ChannelId, conversationType: "channel", tenantId: reference.Conversation?.TenantId);
        reference.ActivityId = null;
        await storage.WriteAsync(new Dictionary<string, object> { [StorageKey] = reference }, cancellationToken);
        remembered = true;
        logger.LogInformation("Remembered the consultation channel's conversation reference");
    }

    public async Task<ConversationReference?> ResolveAsync(CancellationToken cancellationToken)
    {
        if (ChannelId is null) return null;
        var stored = await storage.ReadAsync<ConversationReference>([StorageKey], cancellationToken);
        if (stored.TryGetValue(StorageKey, out var reference) && reference.Conversation?.Id == ChannelId) return reference;
        if (string.IsNullOrWhiteSpace(options.Value.ConsultationServiceUrl)) return null;
        return new ConversationReference
        {
            ChannelId = Microsoft.Bot.Connector.Channels.Msteams,
            ServiceUrl = options.Value.ConsultationServiceUrl,
            Conversation = new ConversationAccount(isGroup: true, id: ChannelId, conversationType: "channel"),
        };
    }
}
