using System.Security.Cryptography;
using System.Text;

namespace ChatAssistant.Bot.State;

/// <summary>
/// Turns any text into a name that is valid as a blob name and as a table key: ASCII letters, digits, '-' and '_'
/// stay, every other UTF-8 byte becomes "~XX". The mapping is one-to-one, so two keys never share a name.
/// </summary>
public static class StorageKey
{
    /// <summary>Below the 1 KiB key limit of Table storage; longer names are replaced by a hash.</summary>
    private const int MaxLength = 900;

    public static string Escape(string key)
    {
        var builder = new StringBuilder(key.Length);
        foreach (var b in Encoding.UTF8.GetBytes(key))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_') builder.Append(c);
            else builder.Append('~').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        if (builder.Length <= MaxLength) return builder.ToString();
        // In an escaped name '~' is always followed by an upper-case hex digit, so "~h" cannot be one.
        return "~h" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }

    /// <summary>True for a name made from a key too long to spell out: only its hash is in the name.</summary>
    public static bool IsHashed(string name) => name.StartsWith("~h", StringComparison.Ordinal);

    /// <summary>The key <paramref name="name"/> was made from; null for a hashed name, or one <see cref="Escape"/> cannot have made.</summary>
    public static string? Unescape(string name)
    {
        if (IsHashed(name)) return null;
        var bytes = new List<byte>(name.Length);
        for (var i = 0; i < name.Length; i++)
        {
            if (name[i] != '~')
            {
                bytes.Add((byte)name[i]);
                continue;
            }
            if (i + 2 >= name.Length || !byte.TryParse(name.AsSpan(i + 1, 2), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out var b)) return null;
            bytes.Add(b);
            i += 2;
        }
        return Encoding.UTF8.GetString([.. bytes]);
    }
}
