using System.Text.Json.Nodes;
using static ChatAssistant.Cards.AdaptiveCard;

namespace ChatAssistant.Cards;

/// <summary>A short notice (a title and a sentence) for replies that need no buttons but should look like the other cards.</summary>
public static class MessageCardBuilder
{
    public static JsonObject Build(string title, string text) =>
        Card(TextBlock(title, weight: TextWeight.Bolder, size: TextSize.Medium), TextBlock(text));
}
