namespace RelationsGraph.Cypher.Persistence;

/// <summary>A node's full state for storage. Property values are in the Core value model.</summary>
public sealed record StoredNode(long Id, IReadOnlyList<string> Labels, IReadOnlyList<KeyValuePair<string, object?>> Properties);
