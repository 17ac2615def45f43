namespace RelationsGraph.Cypher.Graph;

/// <summary>
/// An exact-value index over nodes with one label, on one property or a composite of several. Nodes missing
/// any of the properties are not indexed (as in Neo4j). A unique index refuses a second node with an
/// equivalent key.
/// </summary>
internal sealed class PropertyIndex(string label, IReadOnlyList<string> properties)
{
    // A key's entry is the one entity that holds it (the usual case, and always so in a unique index) or a
    // HashSet of several: one object per key instead of a set each.
    private readonly Dictionary<object, object> _entries = new(IndexKeyComparer.Instance);

    public string Label { get; } = label;

    public IReadOnlyList<string> Properties { get; } = properties;

    /// <summary>How many rules (index, unique constraint, node key) rely on this index.</summary>
    public int UniqueOwners { get; set; }

    public int Owners { get; set; }

    public bool IsUnique => UniqueOwners > 0;

    public bool Covers(string key)
    {
        foreach (var p in Properties)
        {
            if (string.Equals(p, key, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The index key of a node, or null when the node has no such key.</summary>
    public object? KeyOf(NodeEntity node)
    {
        if (!node.HasLabel(Label))
        {
            return null;
        }

        if (Properties.Count == 1)
        {
            return node.GetProperty(Properties[0]);
        }

        var values = new List<object?>(Properties.Count);
        foreach (var p in Properties)
        {
            var value = node.GetProperty(p);
            if (value is null)
            {
                return null;
            }

            values.Add(value);
        }

        return values;
    }

    /// <summary>Nodes whose key equals <paramref name="key"/>.</summary>
    public IReadOnlyCollection<NodeEntity> Seek(object key) => _entries.TryGetValue(key, out var entry)
        ? entry as HashSet<NodeEntity> ?? (IReadOnlyCollection<NodeEntity>)new[] { (NodeEntity)entry }
        : [];

    /// <summary>The node that already holds the key of <paramref name="node"/>, when the index is unique and one does.</summary>
    public NodeEntity? FindConflict(NodeEntity node)
    {
        if (!IsUnique || KeyOf(node) is not { } key || !_entries.TryGetValue(key, out var entry))
        {
            return null;
        }

        if (entry is NodeEntity single)
        {
            return ReferenceEquals(single, node) ? null : single;
        }

        foreach (var other in (HashSet<NodeEntity>)entry)
        {
            if (!ReferenceEquals(other, node))
            {
                return other;
            }
        }

        return null;
    }

    public void Add(NodeEntity node)
    {
        if (KeyOf(node) is not { } key)
        {
            return;
        }

        if (!_entries.TryGetValue(key, out var entry))
        {
            _entries[key] = node;
            return;
        }

        if (entry is NodeEntity single)
        {
            if (!ReferenceEquals(single, node))
            {
                _entries[key] = new HashSet<NodeEntity> { single, node };
            }

            return;
        }

        ((HashSet<NodeEntity>)entry).Add(node);
    }

    public void Remove(NodeEntity node)
    {
        if (KeyOf(node) is not { } key || !_entries.TryGetValue(key, out var entry))
        {
            return;
        }

        if (entry is NodeEntity single)
        {
            if (ReferenceEquals(single, node))
            {
                _entries.Remove(key);
            }

            return;
        }

        var set = (HashSet<NodeEntity>)entry;
        set.Remove(node);
        if (set.Count == 1)
        {
            _entries[key] = set.First();
        }
    }

    public void Clear() => _entries.Clear();
}
