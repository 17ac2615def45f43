namespace RelationsGraph.Cypher.Persistence;

/// <summary>A relationship's full state for storage. Property values are in the Core value model.</summary>
public sealed record StoredRelationship(long Id, long StartNodeId, long EndNodeId, string Type, IReadOnlyList<KeyValuePair<string, object?>> Properties);
