namespace RelationsGraph.Web.Api;

/// <summary>
/// Cytoscape elements. <see cref="More"/> tells, per actor, how many further neighbours a capped expansion left out.
/// </summary>
public sealed record GraphElements(IReadOnlyList<NodeElement> Nodes, IReadOnlyList<EdgeElement> Edges, IReadOnlyDictionary<string, int> More);
