namespace RelationsGraph.Web.Api;

/// <summary>A Cytoscape node: <c>{ data: {...} }</c>.</summary>
public sealed record NodeElement(NodeData Data);
