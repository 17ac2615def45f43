namespace RelationsGraph.Cypher.Graph;

/// <summary>
/// A relationship in the in-memory store.
/// CONTRACT: the members below are what expression evaluation uses; the storage workstream owns the rest.
/// </summary>
/// <remarks>Its properties live in a field (keys shared through the shape), so a relationship is two objects: this and its value array.</remarks>
internal sealed class RelationshipEntity(long id, string type, NodeEntity start, NodeEntity end)
{
    /// <summary>Properties (see <see cref="PropertyMap"/>: a mutable struct, change it through this field only).</summary>
    internal PropertyMap Properties;

    public long Id { get; } = id;

    public string Type { get; } = type;

    public NodeEntity Start { get; } = start;

    public NodeEntity End { get; } = end;

    public bool IsDeleted { get; internal set; }

    public string ElementId => "5:rg:" + Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public object? GetProperty(string key) => Properties.Get(key);

    public IEnumerable<KeyValuePair<string, object?>> GetProperties() => Properties.Entries;

    /// <summary>The node at the other end from <paramref name="node"/>.</summary>
    public NodeEntity Other(NodeEntity node) => ReferenceEquals(node, Start) ? End : Start;

    public override string ToString() => "Relationship[" + Id + "]";
}
