namespace RelationsGraph.Core.Values;

/// <summary>
/// A path: <c>Nodes.Count == Relationships.Count + 1</c>. Relationship i joins Nodes[i] and Nodes[i+1],
/// in either direction (compare its start id with Nodes[i].Id to tell which).
/// </summary>
public sealed record GraphPath(IReadOnlyList<Node> Nodes, IReadOnlyList<Relationship> Relationships)
{
    public int Length => Relationships.Count;

    public Node Start => Nodes[0];

    public Node End => Nodes[^1];

    public bool Equals(GraphPath? other) =>
        other is not null && Nodes.SequenceEqual(other.Nodes) && Relationships.SequenceEqual(other.Relationships);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var n in Nodes)
        {
            hash.Add(n);
        }

        return hash.ToHashCode();
    }
}
