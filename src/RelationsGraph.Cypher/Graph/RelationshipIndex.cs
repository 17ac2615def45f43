namespace RelationsGraph.Cypher.Graph;

/// <summary>
/// An exact-value index over relationships of one type, on one property or a composite; unique when a
/// relationship uniqueness constraint owns it. Mirrors <see cref="PropertyIndex"/> for relationships.
/// </summary>
internal sealed class RelationshipIndex(string type, IReadOnlyList<string> properties)
{
    private readonly Dictionary<object, HashSet<RelationshipEntity>> _entries = new(IndexKeyComparer.Instance);

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

    public IReadOnlyCollection<RelationshipEntity> Seek(object key) =>
        _entries.TryGetValue(key, out var set) ? set : (IReadOnlyCollection<RelationshipEntity>)[];

    public RelationshipEntity? FindConflict(RelationshipEntity rel)
    {
        if (!IsUnique || KeyOf(rel) is not { } key || !_entries.TryGetValue(key, out var set))
        {
            return null;
        }

        return set.FirstOrDefault(other => !ReferenceEquals(other, rel));
    }

    public void Add(RelationshipEntity rel)
    {
        if (KeyOf(rel) is not { } key)
        {
            return;
        }

        if (!_entries.TryGetValue(key, out var set))
        {
            set = [];
            _entries[key] = set;
        }

        set.Add(rel);
    }

    public void Remove(RelationshipEntity rel)
    {
        if (KeyOf(rel) is not { } key || !_entries.TryGetValue(key, out var set))
        {
            return;
        }

        set.Remove(rel);
        if (set.Count == 0)
        {
            _entries.Remove(key);
        }
    }
}
