namespace RelationsGraph.Web.Api;

/// <summary>What a node of the network carries.</summary>
public sealed record NodeData(string Id, string Label, string Kind, IReadOnlyList<string> Aliases, string? Country);
