namespace RelationsGraph.Web.Api;

/// <summary>A Cytoscape edge: <c>{ data: {...} }</c>.</summary>
public sealed record EdgeElement(EdgeData Data);
