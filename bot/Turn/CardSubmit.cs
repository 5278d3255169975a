using ChatAssistant.Cards;
using Newtonsoft.Json.Linq;

namespace ChatAssistant.Bot.Turn;

/// <summary>
/// A validated card-button payload: <c>{ "action": "...", "v": 1, ... }</c>. Anything else a client sends as a
/// card value (a forged, stale or garbled payload) is rejected here, before any flow acts on it.
/// </summary>
public sealed record CardSubmit(string Action, IReadOnlyDictionary<string, string> Fields)
{
    public const int SupportedVersion = CardActions.Version;
    /// <summary>Above the longest field a card allows (4000), so that the card's own length messages are the ones people see.</summary>
    private const int MaxFieldLength = 8000;

    public string? Field(string name) => Fields.TryGetValue(name, out var value) ? value : null;

    /// <summary>The field's value when it is there and not empty.</summary>
    public bool TryField(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
    {
        value = Field(name);
        if (value is { Length: > 0 }) return true;
        value = null;
        return false;
    }

    /// <summary>The part of the action before its first dot ("checklist" of "checklist.save"), which names the feature that owns it.</summary>
    public string Feature => Action.IndexOf('.', StringComparison.Ordinal) is var dot and >= 0 ? Action[..dot] : Action;

    public static bool TryParse(object? value, out CardSubmit? submit)
    {
        submit = null;
        if (value is not JObject json) return false;
        if (json[CardFields.Action] is not JValue { Type: JTokenType.String } action || string.IsNullOrWhiteSpace((string?)action)) return false;
        if (json[CardFields.Version] is not JValue { Type: JTokenType.Integer } version || (long)version != SupportedVersion) return false;

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, token) in json)
        {
            if (name is CardFields.Action or CardFields.Version or CardFields.Teams || token is null) continue;
            if (token is not JValue scalar) continue; // payload fields are flat; nested values are ignored
            var text = Convert.ToString(scalar.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "";
            if (text.Length > MaxFieldLength) return false;
            fields[name] = scalar.Type == JTokenType.Boolean ? text.ToLowerInvariant() : text;
        }
        submit = new CardSubmit(((string)action!).Trim(), fields);
        return true;
    }
}
