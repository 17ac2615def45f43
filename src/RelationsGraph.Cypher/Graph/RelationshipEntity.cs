namespace RelationsGraph.Cypher.Graph;

/// <summary>
/// A relationship in the in-memory store.
/// CONTRACT: the members below are what expression evaluation uses; the storage workstream owns the rest.
/// </summary>
internal sealed class RelationshipEntity(long id, string type, NodeEntity start, NodeEntity end)
{
    public long Id { get; } = id;

    public string Type { get; } = type;

    public NodeEntity Start { get; } = start;

    public NodeEntity End { get; } = end;

    public bool IsDeleted { get; internal set; }

    public string ElementId => "5:rg:" + Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    internal PropertyMap Properties { get; } = new();

    public object? GetProperty(string key) => Properties.Get(key);

    public IEnumerable<KeyValuePair<string, object?>> GetProperties() => Properties.Entries;

    /// <summary>The node at the other end from <paramref name="node"/>.</summary>
    public NodeEntity Other(NodeEntity node) => ReferenceEquals(node, Start) ? End : Start;

    public override string ToString() => "Relationship[" + Id + "]";
}
