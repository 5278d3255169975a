using System.Collections.Concurrent;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace ChatAssistant.Bot.State;

/// <summary>
/// Bot Builder state is a dictionary of typed objects, so storages keep type names in the JSON (as the SDK's own
/// storages do). Only our own, Bot Framework and Newtonsoft.Json types, and a fixed list of base-library data types (primitives,
/// string, dates, Guid, Uri, List, Dictionary, HashSet, Nullable, arrays), may be named, so that a tampered database
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
        // Whole assemblies only where every type is ours or a Bot Framework / JSON data type. The base library is
        // not one of them: it holds types that act on files, processes and the network, so only the data types state
        // is made of are admitted from it, by exact type.
        private static readonly string[] AllowedAssemblyPrefixes = ["Microsoft.Bot.", "ChatAssistant."];
        private static readonly HashSet<string> AllowedAssemblies = ["Newtonsoft.Json"];

        private static readonly HashSet<Type> AllowedBaseTypes =
        [
            typeof(object), typeof(string), typeof(bool), typeof(char), typeof(byte), typeof(sbyte), typeof(short), typeof(ushort),
            typeof(int), typeof(uint), typeof(long), typeof(ulong), typeof(float), typeof(double), typeof(decimal),
            typeof(DateTime), typeof(DateTimeOffset), typeof(TimeSpan), typeof(Guid), typeof(Uri),
            typeof(Nullable<>), typeof(List<>), typeof(Dictionary<,>), typeof(HashSet<>),
        ];

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
            var definition = type.IsGenericType ? type.GetGenericTypeDefinition() : type;
            var assembly = type.Assembly.GetName().Name ?? "";
            var admitted = AllowedBaseTypes.Contains(definition)
                || AllowedAssemblies.Contains(assembly)
                || AllowedAssemblyPrefixes.Any(p => assembly.StartsWith(p, StringComparison.Ordinal));
            return admitted && type.GetGenericArguments().All(Allowed);
        }
    }
}
