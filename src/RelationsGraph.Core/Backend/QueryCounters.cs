namespace RelationsGraph.Core.Backend;

/// <summary>What a statement changed, as Neo4j reports it.</summary>
public sealed record QueryCounters(
    int NodesCreated = 0,
    int NodesDeleted = 0,
    int RelationshipsCreated = 0,
    int RelationshipsDeleted = 0,
    int PropertiesSet = 0,
    int LabelsAdded = 0,
    int LabelsRemoved = 0,
    int IndexesAdded = 0,
    int IndexesRemoved = 0,
    int ConstraintsAdded = 0,
    int ConstraintsRemoved = 0)
{
    public static QueryCounters None { get; } = new();

    /// <summary>True when the statement changed data or schema.</summary>
    public bool ContainsUpdates =>
        NodesCreated + NodesDeleted + RelationshipsCreated + RelationshipsDeleted + PropertiesSet + LabelsAdded + LabelsRemoved
        + IndexesAdded + IndexesRemoved + ConstraintsAdded + ConstraintsRemoved > 0;

    public QueryCounters Add(QueryCounters other) => new(
        NodesCreated + other.NodesCreated,
        NodesDeleted + other.NodesDeleted,
        RelationshipsCreated + other.RelationshipsCreated,
        RelationshipsDeleted + other.RelationshipsDeleted,
        PropertiesSet + other.PropertiesSet,
        LabelsAdded + other.LabelsAdded,
        LabelsRemoved + other.LabelsRemoved,
        IndexesAdded + other.IndexesAdded,
        IndexesRemoved + other.IndexesRemoved,
        ConstraintsAdded + other.ConstraintsAdded,
        ConstraintsRemoved + other.ConstraintsRemoved);
}
