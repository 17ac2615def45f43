namespace RelationsGraph.Web.Api;

/// <summary>An actor with all its ties (the view groups them by type).</summary>
public sealed record ActorDetails(
    string Id,
    string Name,
    string Kind,
    IReadOnlyList<string> Aliases,
    string? Country,
    string? Description,
    IReadOnlyList<TieSummary> Ties);
