using System.Collections.Concurrent;
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

        // Every state read binds the same few types; the check (assembly names, generic arguments) allocated on
        // each. A type's verdict cannot change while the process runs, and only types that resolved are cached.
        private static readonly ConcurrentDictionary<Type, bool> Verdicts = new();

        public override Type BindToType(string? assemblyName, string typeName)
        {
            var type = base.BindToType(assemblyName, typeName);
            // The resolved type is checked, with its generic arguments and element types, not just the outer name.
            if (!Verdicts.GetOrAdd(type, Allowed)) throw new JsonSerializationException($"Type '{type.FullName}' is not allowed in stored state.");
            return type;
        }

        private static bool Allowed(Type type)
        {
            if (type.HasElementType) return Allowed(type.GetElementType()!);
            var assembly = type.Assembly.GetName().Name ?? "";
            return AllowedAssemblyPrefixes.Any(p => assembly.StartsWith(p, StringComparison.Ordinal) || assembly == p.TrimEnd('.'))
                && type.GetGenericArguments().All(Allowed);
        }
    }
}
