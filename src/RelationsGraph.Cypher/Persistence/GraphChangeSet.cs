namespace RelationsGraph.Cypher.Persistence;

/// <summary>
/// What one committed transaction changed: the final state of every node and relationship it created or
/// modified, the ids of those it deleted, and, when the schema changed, the whole new schema.
/// </summary>
public sealed record GraphChangeSet(
    IReadOnlyList<StoredNode> UpsertedNodes,
    IReadOnlyList<long> DeletedNodeIds,
    IReadOnlyList<StoredRelationship> UpsertedRelationships,
    IReadOnlyList<long> DeletedRelationshipIds,
    IReadOnlyList<SchemaRule>? Schema)
{
    public bool IsEmpty =>
        UpsertedNodes.Count == 0 && DeletedNodeIds.Count == 0 && UpsertedRelationships.Count == 0
        && DeletedRelationshipIds.Count == 0 && Schema is null;
}
