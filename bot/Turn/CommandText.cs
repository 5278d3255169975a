using ChatAssistant.Knowledge.Search;

namespace ChatAssistant.Bot.Turn;

/// <summary>
/// How a typed command is compared with the command words: trimmed, without diacritics or letter case, and without the
/// full stop, exclamation or question mark people end a message with ("palīdzība!", "my tickets?"). A message that is
/// only such marks ("?") stays as it is, since "?" is itself a command.
/// </summary>
public static class CommandText
{
    public static string Normalise(string text)
    {
        var trimmed = text.Trim();
        var bare = trimmed.TrimEnd('.', '!', '?');
        return TextFolding.Fold(bare.Length == 0 ? trimmed : bare).Trim();
    }
}
