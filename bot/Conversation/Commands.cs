using ChatAssistant.Knowledge.Search;

namespace ChatAssistant.Bot.Conversation;

/// <summary>The words that are commands rather than questions, in both languages, with or without diacritics.</summary>
internal static class Commands
{
    private static readonly HashSet<string> Help = ["help", "palidziba", "palidzibu", "?", "/help", "komandas", "commands"];
    private static readonly HashSet<string> Cancel = ["cancel", "atcelt", "stop", "beigt"];

    public static bool IsHelp(string text) => Help.Contains(Normalise(text));
    public static bool IsCancel(string text) => Cancel.Contains(Normalise(text));

    private static string Normalise(string text) => TextFolding.Fold(text.Trim().TrimEnd('!', '.')).Trim();
}
