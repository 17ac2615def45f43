namespace RelationsGraph.Web.Api;

/// <summary>
/// Cytoscape elements. <see cref="More"/> tells, per actor, how many further neighbours a capped expansion left out.
/// <see cref="TotalActors"/> is set on the whole-network view only: how many actors the store holds, of which the
/// view shows <see cref="Nodes"/> (fewer when the view was capped).
/// </summary>
public sealed record GraphElements(IReadOnlyList<NodeElement> Nodes, IReadOnlyList<EdgeElement> Edges, IReadOnlyDictionary<string, int> More, long? TotalActors = null);
