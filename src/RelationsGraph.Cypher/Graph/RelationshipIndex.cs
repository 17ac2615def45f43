namespace RelationsGraph.Cypher.Graph;

/// <summary>
/// An exact-value index over relationships of one type, on one property or a composite; unique when a
/// relationship uniqueness constraint owns it. Mirrors <see cref="PropertyIndex"/> for relationships.
/// </summary>
internal sealed class RelationshipIndex(string type, IReadOnlyList<string> properties)
{
    // A key's entry is the one entity that holds it (the usual case, and always so in a unique index) or a
    // HashSet of several: one object per key instead of a set each.
    private readonly Dictionary<object, object> _entries = new(IndexKeyComparer.Instance);

    public string Type { get; } = type;

    public IReadOnlyList<string> Properties { get; } = properties;

    public int Owners { get; set; }

    public int UniqueOwners { get; set; }

    public bool IsUnique => UniqueOwners > 0;

    public bool Covers(string key) => Properties.Contains(key, StringComparer.Ordinal);

    public object? KeyOf(RelationshipEntity rel)
    {
        if (!string.Equals(rel.Type, Type, StringComparison.Ordinal))
        {
            return null;
        }

        if (Properties.Count == 1)
        {
            return rel.GetProperty(Properties[0]);
        }

        var values = new List<object?>(Properties.Count);
        foreach (var p in Properties)
        {
            if (rel.GetProperty(p) is not { } value)
            {
                return null;
            }

            values.Add(value);
        }

        return values;
    }

    public IReadOnlyCollection<RelationshipEntity> Seek(object key) => _entries.TryGetValue(key, out var entry)
        ? entry as HashSet<RelationshipEntity> ?? (IReadOnlyCollection<RelationshipEntity>)new[] { (RelationshipEntity)entry }
        : [];

    public RelationshipEntity? FindConflict(RelationshipEntity rel)
    {
        if (!IsUnique || KeyOf(rel) is not { } key || !_entries.TryGetValue(key, out var entry))
        {
            return null;
        }

        if (entry is RelationshipEntity single)
        {
            return ReferenceEquals(single, rel) ? null : single;
        }

        foreach (var other in (HashSet<RelationshipEntity>)entry)
        {
            if (!ReferenceEquals(other, rel))
            {
                return other;
            }
        }

        return null;
    }

    public void Add(RelationshipEntity rel)
    {
        if (KeyOf(rel) is not { } key)
        {
            return;
        }

        if (!_entries.TryGetValue(key, out var entry))
        {
            _entries[key] = rel;
            return;
        }

        if (entry is RelationshipEntity single)
        {
            if (!ReferenceEquals(single, rel))
            {
                _entries[key] = new HashSet<RelationshipEntity> { single, rel };
            }

            return;
        }

        ((HashSet<RelationshipEntity>)entry).Add(rel);
    }

    public void Remove(RelationshipEntity rel)
    {
        if (KeyOf(rel) is not { } key || !_entries.TryGetValue(key, out var entry))
        {
            return;
        }

        if (entry is RelationshipEntity single)
        {
            if (ReferenceEquals(single, rel))
            {
                _entries.Remove(key);
            }

            return;
        }

        var set = (HashSet<RelationshipEntity>)entry;
        set.Remove(rel);
        if (set.Count == 1)
        {
            _entries[key] = set.First();
        }
    }
}
