namespace RelationsGraph.Web.Api;

/// <summary>A shortest path: the actors and ties in order, and the same as Cytoscape elements.</summary>
public sealed record PathResult(bool Found, IReadOnlyList<string> Actors, IReadOnlyList<string> Ties, GraphElements Elements);
