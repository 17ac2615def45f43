namespace RelationsGraph.Core.Values;

/// <summary>A node as a query returns it: identity, labels and properties, detached from the store.</summary>
public sealed record Node(long Id, string ElementId, IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties)
{
    public bool Equals(Node? other) => other is not null && other.ElementId == ElementId;

    public override int GetHashCode() => ElementId.GetHashCode(StringComparison.Ordinal);
}
