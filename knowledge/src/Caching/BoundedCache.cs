using System.Collections.Concurrent;

namespace ChatAssistant.Knowledge.Caching;

/// <summary>
/// A thread-safe memo that never holds more than <see cref="Capacity"/> entries: when full it starts over with an
/// empty table. Staff type endless new words and questions, so every cache of derived values must be bounded; starting
/// over keeps the bound without tracking use. The count is kept here because
/// <see cref="ConcurrentDictionary{TKey,TValue}.Count"/> takes every lock of the table, which under load made the
/// threads of distinct questions queue behind each other.
/// </summary>
internal sealed class BoundedCache<TKey, TValue>(int capacity, IEqualityComparer<TKey>? comparer = null) where TKey : notnull
{
    private sealed class Table(IEqualityComparer<TKey>? comparer)
    {
        public readonly ConcurrentDictionary<TKey, TValue> Entries = new(comparer);
        public int Count;
    }

    private Table table = new(comparer);

    public int Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity));

    /// <summary>How many entries the current table holds.</summary>
    public int Count => Math.Min(Volatile.Read(ref Volatile.Read(ref table).Count), Capacity);

    public bool TryGetValue(TKey key, out TValue value) => Volatile.Read(ref table).Entries.TryGetValue(key, out value!);

    /// <summary>
    /// Keeps the value unless the key is already held. Each add first reserves a place in the table; when there is
    /// none left the table is replaced by an empty one, so no table ever holds more than <see cref="Capacity"/>.
    /// </summary>
    public void Add(TKey key, TValue value)
    {
        while (true)
        {
            var held = Volatile.Read(ref table);
            if (Interlocked.Increment(ref held.Count) <= Capacity)
            {
                if (!held.Entries.TryAdd(key, value)) Interlocked.Decrement(ref held.Count);
                return;
            }
            Interlocked.CompareExchange(ref table, new Table(comparer), held);
        }
    }

    public TValue GetOrAdd(TKey key, Func<TKey, TValue> compute)
    {
        if (TryGetValue(key, out var value)) return value;
        value = compute(key);
        Add(key, value);
        return value;
    }
}
