using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Bot.Admin;

/// <summary>Whether the person speaking is one of the configured admins.</summary>
public sealed class Admins(IOptions<AdminOptions> options)
{
    /// <summary>Only Teams vouches for who is speaking; in other channels (Web Chat) the client names itself.</summary>
    public bool Includes(IActivity activity) =>
        activity.ChannelId == Microsoft.Bot.Connector.Channels.Msteams && activity.From is { } from
        && options.Value.AdminIds.Any(a => a.Length > 0 && (a == from.Id || a == from.AadObjectId));
}
