namespace RelationsGraph.Web.Api;

/// <summary>An actor with all its ties (the view groups them by type) and the version a change must send back.</summary>
public sealed record ActorDetails(
    string Id,
    string Name,
    string Kind,
    IReadOnlyList<string> Aliases,
    string? Country,
    string? Description,
    long Version,
    IReadOnlyList<TieSummary> Ties);
