using System.Text;
using System.Text.Json.Nodes;

namespace ChatAssistant.Cards;

/// <summary>
/// Text that people typed (a ticket's question, institution, subject and contact, a consultant's answer, a
/// checklist's work name, display names) shown in a card as text, never as markup. A TextBlock and a FactSet value
/// render markdown, so <c>[Open](https://evil.example)</c> would become a link inside a card people trust; a
/// RichTextBlock's TextRun renders no markdown at all, so such text goes into TextRuns. Bidirectional overrides and
/// zero-width characters, which can make a text look like something else, are taken out first.
/// </summary>
public static class UserText
{
    /// <summary>A block of text that holds what a person typed (with the card's own words around it, if any).</summary>
    public static JsonObject Block(
        string text,
        TextWeight weight = TextWeight.Default,
        TextSize size = TextSize.Default,
        TextColor color = TextColor.Default,
        bool isSubtle = false,
        Spacing spacing = Spacing.Default,
        bool separator = false) =>
        Rich([Run(text, weight, size, color, isSubtle)], spacing, separator);

    /// <summary>"Label: value" with the label bold, for what a FactSet would show.</summary>
    public static JsonObject Labelled(string label, string value, Spacing spacing = Spacing.None) =>
        Rich([Run(label + ": ", TextWeight.Bolder), Run(value)], spacing, separator: false);

    /// <summary>Takes out the characters that change how the rest of a text looks: bidi controls and invisible ones.</summary>
    public static string Clean(string text)
    {
        var clean = true;
        foreach (var c in text) clean &= !IsHidden(c);
        if (clean) return text;
        var builder = new StringBuilder(text.Length);
        foreach (var c in text) if (!IsHidden(c)) builder.Append(c);
        return builder.ToString();
    }

    private static bool IsHidden(char c) => c is
        '\u061C' or '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u2060' or '\uFEFF'
        or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    private static JsonObject Run(string text, TextWeight weight = TextWeight.Default, TextSize size = TextSize.Default, TextColor color = TextColor.Default, bool isSubtle = false)
    {
        var run = new JsonObject { ["type"] = "TextRun", ["text"] = Clean(text) };
        if (weight != TextWeight.Default) run["weight"] = Name(weight);
        if (size != TextSize.Default) run["size"] = Name(size);
        if (color != TextColor.Default) run["color"] = Name(color);
        if (isSubtle) run["isSubtle"] = true;
        return run;
    }

    private static JsonObject Rich(JsonArray inlines, Spacing spacing, bool separator)
    {
        var block = new JsonObject { ["type"] = "RichTextBlock", ["inlines"] = inlines };
        if (spacing != Spacing.Default) block["spacing"] = Name(spacing);
        if (separator) block["separator"] = true;
        return block;
    }

    private static string Name<T>(T value) where T : struct, Enum => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
