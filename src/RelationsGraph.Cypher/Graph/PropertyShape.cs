namespace RelationsGraph.Cypher.Graph;

/// <summary>
/// The ordered key list of a property map, shared by every entity with the same keys in the same order.
/// A million relationships with the keys (type, since, status) hold one shape between them and only their
/// own value arrays, instead of a key array each. Shapes are immutable; adding or removing a key moves an
/// entity to another shape, found through a transition table so that equal key lists meet in one shape.
/// </summary>
/// <remarks>
/// Shapes are shared process-wide (entities of different stores may meet in one); the transition tables are
/// locked because two stores can be written at once. A shape stops caching transitions past a few dozen
/// (entities with ad hoc key sets would otherwise grow the tree without bound) and then hands out private
/// shapes, which behave the same but are not shared.
/// </remarks>
internal sealed class PropertyShape
{
    private const int MaxTransitions = 64;
    private const int MaxSharedKeys = 64;
    private const int LookupThreshold = 12;
    private readonly string[] _keys;
    private readonly Dictionary<string, int>? _lookup;
    private readonly Lock _gate = new();
    private readonly bool _shared;
    private Dictionary<string, PropertyShape>? _transitions;
    private Transition? _last;

    private PropertyShape(string[] keys, bool shared)
    {
        _keys = keys;
        _shared = shared;
        if (keys.Length > LookupThreshold)
        {
            // Entities with many properties: a dictionary beats a linear scan for every read.
            _lookup = new Dictionary<string, int>(keys.Length, StringComparer.Ordinal);
            for (var i = 0; i < keys.Length; i++)
            {
                _lookup[keys[i]] = i;
            }
        }
    }

    /// <summary>The shape of an entity without properties.</summary>
    public static PropertyShape Empty { get; } = new([], shared: true);

    public int Count => _keys.Length;

    /// <summary>Whether entities elsewhere may hold this same shape (false for the overflow shapes).</summary>
    public bool IsShared => _shared;

    public IReadOnlyList<string> Keys => _keys;

    public string KeyAt(int index) => _keys[index];

    /// <summary>The slot of <paramref name="key"/>, or -1.</summary>
    public int IndexOf(string key)
    {
        if (_lookup is not null)
        {
            return _lookup.TryGetValue(key, out var found) ? found : -1;
        }

        var keys = _keys;
        for (var i = 0; i < keys.Length; i++)
        {
            if (string.Equals(keys[i], key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>This shape with <paramref name="key"/> (not already in it) appended.</summary>
    public PropertyShape With(string key)
    {
        if (!_shared || _keys.Length >= MaxSharedKeys)
        {
            return new PropertyShape(Append(key), shared: false);
        }

        // A load or a batch of creates asks for the same transition with the same key string row after row:
        // answer that without the lock. The memo is immutable and swapped whole, so an unlocked read is safe.
        if (_last is { } last && ReferenceEquals(last.Key, key))
        {
            return last.Shape;
        }

        lock (_gate)
        {
            if (_transitions is not null && _transitions.TryGetValue(key, out var next))
            {
                _last = new Transition(key, next);
                return next;
            }

            _transitions ??= new Dictionary<string, PropertyShape>(StringComparer.Ordinal);
            if (_transitions.Count >= MaxTransitions)
            {
                return new PropertyShape(Append(key), shared: false);
            }

            next = new PropertyShape(Append(key), shared: true);
            _transitions[key] = next;
            _last = new Transition(key, next);
            return next;
        }
    }

    /// <summary>This shape without the key at <paramref name="index"/>; the other keys keep their order.</summary>
    public PropertyShape Without(int index)
    {
        var shape = Empty;
        for (var i = 0; i < _keys.Length; i++)
        {
            if (i != index)
            {
                shape = shape.With(_keys[i]);
            }
        }

        return shape;
    }

    private string[] Append(string key)
    {
        var keys = new string[_keys.Length + 1];
        _keys.CopyTo(keys, 0);
        keys[^1] = key;
        return keys;
    }

    private sealed record Transition(string Key, PropertyShape Shape);
}
