using System.Text.Json.Nodes;

namespace ChatAssistant.Cards.Tests.Schema;

/// <summary>
/// Teams reads a root <c>msteams</c> property (full-width cards) that the official schema does not know, and the schema's
/// AdaptiveCard sets additionalProperties to false, so it rejects the property. Only that one documented Teams
/// extension is removed before validation; anything else unknown still fails.
/// </summary>
public static class TeamsExtensions
{
    public const string Property = "msteams";

    public static JsonObject Without(JsonObject card)
    {
        var copy = card.DeepClone().AsObject();
        copy.Remove(Property);
        return copy;
    }
}
