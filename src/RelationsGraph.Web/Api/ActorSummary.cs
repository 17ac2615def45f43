namespace RelationsGraph.Web.Api;

/// <summary>An actor as search lists it.</summary>
public sealed record ActorSummary(string Id, string Name, string Kind, IReadOnlyList<string> Aliases, string? Country);
