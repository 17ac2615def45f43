using RelationsGraph.Core.Values;

namespace RelationsGraph.Cypher;

/// <summary>Every node and relationship of a graph at one moment, as detached values.</summary>
public sealed record GraphContents(IReadOnlyList<Node> Nodes, IReadOnlyList<Relationship> Relationships);
