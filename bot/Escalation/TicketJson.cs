using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatAssistant.Bot.Escalation;

/// <summary>The stored form of a ticket, shared by every store: plain JSON with enum names, so rows stay readable.</summary>
public static class TicketJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Serialize(Ticket ticket) => JsonSerializer.Serialize(ticket, Options);

    public static Ticket Deserialize(string json) =>
        JsonSerializer.Deserialize<Ticket>(json, Options) ?? throw new JsonException("A stored ticket is empty");
}
