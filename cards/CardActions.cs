using System.Text.Json.Nodes;
using ChatAssistant.Knowledge.Model;

namespace ChatAssistant.Cards;

/// <summary>
/// The contract between card buttons and the bot: every submit carries <c>{ "action": name, "v": 1, ... }</c>.
/// The version lets the bot reject payloads from cards sent before a contract change instead of misreading them.
/// </summary>
public static class CardActions
{
    public const int Version = 1;
    public const string ActionField = "action";
    public const string VersionField = "v";

    public const string Ask = "qa.ask";
    public const string FollowUp = "qa.followup";
    public const string Feedback = "feedback";
    public const string Help = "help";
    public const string EscalateStart = "escalate.start";
    public const string ChecklistStart = "checklist.start";

    public static JsonObject AskData(string question) => Data(Ask, ("q", question));

    public const string LanguageField = "lang";

    public static JsonObject FollowUpData(string unitId, string label) => Data(FollowUp, ("unit", unitId), ("label", label));

    /// <summary>
    /// Adds the language the card was written in, so the bot replies to a button in the card's language even when
    /// the person's Teams locale differs.
    /// </summary>
    public static JsonObject InLanguage(this JsonObject data, Language language)
    {
        data[LanguageField] = language == Language.Lv ? "lv" : "en";
        return data;
    }

    /// <summary>The unit stays in the payload as null for unknown answers, so every feedback payload has the same shape.</summary>
    public static JsonObject FeedbackData(bool helpful, string question, string? unitId) =>
        Data(Feedback, ("helpful", helpful), ("question", question), ("unit", unitId));

    public static JsonObject HelpData() => Data(Help);

    public static JsonObject EscalateStartData(string question) => Data(EscalateStart, ("question", question));

    /// <summary>Without a role the bot asks which of the four roles the checklist is for.</summary>
    public static JsonObject ChecklistStartData(string? roleId = null) =>
        roleId is null ? Data(ChecklistStart) : Data(ChecklistStart, ("role", roleId));

    private static JsonObject Data(string action, params (string Name, JsonNode? Value)[] fields)
    {
        var data = new JsonObject { [ActionField] = action, [VersionField] = Version };
        foreach (var (name, value) in fields) data[name] = value;
        return data;
    }
}
