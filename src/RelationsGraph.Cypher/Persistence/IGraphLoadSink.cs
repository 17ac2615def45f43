namespace RelationsGraph.Cypher.Persistence;

/// <summary>Receives a stored graph at start-up. Nodes come before the relationships that use them.</summary>
public interface IGraphLoadSink
{
    void AddSchemaRule(SchemaRule rule);

    void AddNode(long id, IReadOnlyList<string> labels, IReadOnlyList<KeyValuePair<string, object?>> properties);

    void AddRelationship(long id, long startNodeId, long endNodeId, string type, IReadOnlyList<KeyValuePair<string, object?>> properties);
}
