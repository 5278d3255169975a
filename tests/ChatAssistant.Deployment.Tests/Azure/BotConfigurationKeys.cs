using System.Reflection;
using ChatAssistant.Bot.Hosting;

namespace ChatAssistant.Deployment.Tests.Azure;

/// <summary>
/// The configuration keys the bot reads, taken from its options classes: "Section:Property" for a class with a
/// Section constant, and the bare property names of <see cref="BotCredentialsOptions"/>, which the Bot Framework SDK
/// reads from the configuration root.
/// </summary>
public static class BotConfigurationKeys
{
    public static IReadOnlySet<string> All { get; } = Read();

    private static HashSet<string> Read()
    {
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var optionTypes = typeof(BotCredentialsOptions).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.Name.EndsWith("Options", StringComparison.Ordinal));
        foreach (var type in optionTypes)
        {
            var prefix = type == typeof(BotCredentialsOptions) ? "" : Section(type) + ":";
            var settable = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true });
            foreach (var property in settable) keys.Add(prefix + property.Name);
        }
        return keys;
    }

    private static string Section(Type type) =>
        type.GetField("Section", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() as string
        ?? throw new InvalidOperationException($"{type.FullName} has no Section constant; say here where it is bound.");
}
