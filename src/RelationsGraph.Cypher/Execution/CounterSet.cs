using RelationsGraph.Core.Backend;

namespace RelationsGraph.Cypher.Execution;

/// <summary>Mutable tallies of what a statement changed, turned into <see cref="QueryCounters"/> at the end.</summary>
internal sealed class CounterSet
{
    public int NodesCreated { get; set; }

    public int NodesDeleted { get; set; }

    public int RelationshipsCreated { get; set; }

    public int RelationshipsDeleted { get; set; }

    public int PropertiesSet { get; set; }

    public int LabelsAdded { get; set; }

    public int LabelsRemoved { get; set; }

    public int IndexesAdded { get; set; }

    public int IndexesRemoved { get; set; }

    public int ConstraintsAdded { get; set; }

    public int ConstraintsRemoved { get; set; }

    public QueryCounters ToCounters() => new(
        NodesCreated, NodesDeleted, RelationshipsCreated, RelationshipsDeleted, PropertiesSet, LabelsAdded, LabelsRemoved,
        IndexesAdded, IndexesRemoved, ConstraintsAdded, ConstraintsRemoved);
}
