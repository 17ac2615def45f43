using RelationsGraph.Cypher.Graph;

namespace RelationsGraph.Cypher.Execution.Values;

/// <summary>A path inside the engine: live entities, <c>Nodes.Count == Relationships.Count + 1</c>.</summary>
internal sealed class PathValue(IReadOnlyList<NodeEntity> nodes, IReadOnlyList<RelationshipEntity> relationships)
{
    public IReadOnlyList<NodeEntity> Nodes { get; } = nodes;

    public IReadOnlyList<RelationshipEntity> Relationships { get; } = relationships;

    public int Length => Relationships.Count;

    public override bool Equals(object? obj) =>
        obj is PathValue other && Nodes.SequenceEqual(other.Nodes) && Relationships.SequenceEqual(other.Relationships);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var r in Relationships)
        {
            hash.Add(r.Id);
        }

        return hash.ToHashCode() ^ Nodes[0].Id.GetHashCode();
    }
}
