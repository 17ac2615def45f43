namespace RelationsGraph.Core.Values;

/// <summary>A relationship as a query returns it, with the ids of the nodes it starts and ends at.</summary>
public sealed record Relationship(
    long Id,
    string ElementId,
    string Type,
    long StartNodeId,
    string StartNodeElementId,
    long EndNodeId,
    string EndNodeElementId,
    IReadOnlyDictionary<string, object?> Properties)
{
    public bool Equals(Relationship? other) => other is not null && other.ElementId == ElementId;

    public override int GetHashCode() => ElementId.GetHashCode(StringComparison.Ordinal);
}
