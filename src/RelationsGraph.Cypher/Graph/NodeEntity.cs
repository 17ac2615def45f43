namespace RelationsGraph.Cypher.Graph;

/// <summary>
/// A node in the in-memory store. Engine values refer to it directly; it is turned into a detached
/// <see cref="Core.Values.Node"/> only at the result boundary.
/// CONTRACT: the members below are what expression evaluation uses; the storage workstream owns the rest.
/// </summary>
/// <remarks>
/// Labels, properties and both adjacency directions live in fields of this one object (the property keys and
/// the label array are shared with other nodes), so a node is three or four objects, not a dozen.
/// </remarks>
internal sealed class NodeEntity(long id)
{
    /// <summary>Properties (see <see cref="PropertyMap"/>: a mutable struct, change it through this field only).</summary>
    internal PropertyMap Properties;

    /// <summary>Relationships that start here.</summary>
    internal Adjacency Outgoing;

    /// <summary>Relationships that end here (a self-loop is in both).</summary>
    internal Adjacency Incoming;

    private string[] _labels = [];

    public long Id { get; } = id;

    public bool IsDeleted { get; internal set; }

    public string ElementId => "4:rg:" + Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public IReadOnlyList<string> Labels => _labels;

    public bool HasLabel(string label)
    {
        foreach (var l in _labels)
        {
            if (string.Equals(l, label, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public object? GetProperty(string key) => Properties.Get(key);

    public IEnumerable<KeyValuePair<string, object?>> GetProperties() => Properties.Entries;

    public override string ToString() => "Node[" + Id + "]";

    /// <summary>
    /// Replaces the label array. The array is never changed afterwards, so nodes with the same labels may
    /// share one; every change makes a new one.
    /// </summary>
    internal void SetLabels(string[] labels) => _labels = labels;

    internal string[] LabelArray => _labels;
}
