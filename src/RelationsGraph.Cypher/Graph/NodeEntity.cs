namespace RelationsGraph.Cypher.Graph;

/// <summary>
/// A node in the in-memory store. Engine values refer to it directly; it is turned into a detached
/// <see cref="Core.Values.Node"/> only at the result boundary.
/// CONTRACT: the members below are what expression evaluation uses; the storage workstream owns the rest.
/// </summary>
internal sealed class NodeEntity(long id)
{
    public long Id { get; } = id;

    public bool IsDeleted { get; internal set; }

    public string ElementId => "4:rg:" + Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    internal List<string> LabelList { get; } = new(2);

    internal PropertyMap Properties { get; } = new();

    /// <summary>Relationships that start here.</summary>
    internal Adjacency Outgoing { get; } = new();

    /// <summary>Relationships that end here (a self-loop is in both lists).</summary>
    internal Adjacency Incoming { get; } = new();

    public IReadOnlyList<string> Labels => LabelList;

    public bool HasLabel(string label) => LabelList.Contains(label);

    public object? GetProperty(string key) => Properties.Get(key);

    public IEnumerable<KeyValuePair<string, object?>> GetProperties() => Properties.Entries;

    public override string ToString() => "Node[" + Id + "]";
}
