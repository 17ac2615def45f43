namespace RelationsGraph.Cypher.Persistence;

/// <summary>
/// Receives a stored graph at start-up. Nodes come before the relationships that use them. The lists passed in
/// belong to the caller and are valid only during the call (a loader reuses them row after row): copy what you keep.
/// </summary>
public interface IGraphLoadSink
{
    /// <summary>Optional size hint before any node: every id will be below its limit, so tables can be allocated once.</summary>
    void Prepare(long nodeIdLimit, long relationshipIdLimit)
    {
    }

    void AddSchemaRule(SchemaRule rule);

    void AddNode(long id, IReadOnlyList<string> labels, IReadOnlyList<KeyValuePair<string, object?>> properties);

    void AddRelationship(long id, long startNodeId, long endNodeId, string type, IReadOnlyList<KeyValuePair<string, object?>> properties);
}
