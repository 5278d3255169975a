using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace ChatAssistant.Bot.State;

/// <summary>
/// Bot Builder state is a dictionary of typed objects, so storages keep type names in the JSON (as the SDK's own
/// storages do). Only our own, Bot Framework and base-library types may be named, so that a tampered database
/// cannot make us instantiate arbitrary types.
/// </summary>
internal static class StateSerializer
{
    public static readonly JsonSerializer Instance = JsonSerializer.Create(new JsonSerializerSettings
    {
        TypeNameHandling = TypeNameHandling.All,
        SerializationBinder = new AllowListBinder(),
        NullValueHandling = NullValueHandling.Include,
    });

    private sealed class AllowListBinder : DefaultSerializationBinder
    {
        private static readonly string[] AllowedAssemblyPrefixes = ["System.", "mscorlib", "netstandard", "Microsoft.Bot.", "ChatAssistant.", "Newtonsoft.Json"];

        public override Type BindToType(string? assemblyName, string typeName)
        {
            if (assemblyName is not null && !AllowedAssemblyPrefixes.Any(p => assemblyName.StartsWith(p, StringComparison.Ordinal)))
            {
                throw new JsonSerializationException($"Type from assembly '{assemblyName}' is not allowed in stored state.");
            }
            return base.BindToType(assemblyName, typeName);
        }
    }
}
