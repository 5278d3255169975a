using ChatAssistant.Bot.Turn;

namespace ChatAssistant.Bot.Routing;

/// <summary>The words that are commands of the bot as a whole rather than of a feature, in both languages, with or without diacritics.</summary>
internal static class Commands
{
    private static readonly HashSet<string> Help = ["help", "palidziba", "palidzibu", "?", "/help", "komandas", "commands"];
    private static readonly HashSet<string> Cancel = ["cancel", "atcelt", "stop", "beigt"];

    public static bool IsHelp(string text) => Help.Contains(CommandText.Normalise(text));
    public static bool IsCancel(string text) => Cancel.Contains(CommandText.Normalise(text));
}
