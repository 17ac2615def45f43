namespace RelationsGraph.Web.Data;

/// <summary>
/// A validated neighbourhood request. A null <see cref="Actor"/> asks for the whole network; null filters
/// mean "all"; <see cref="Limit"/> caps how many new neighbours one actor adds per step. Actors in
/// <see cref="Shown"/> are already on the analyst's canvas: their ties come back, but they neither use up
/// the cap nor count among the "+N more". The whole network is capped at <see cref="MaxActors"/> actors and
/// <see cref="MaxElements"/> actors and ties, the most connected actors first, so a first view of a store with
/// millions of ties stays one a browser can draw.
/// </summary>
public sealed record NeighbourhoodRequest(
    string? Actor,
    int Depth,
    IReadOnlyList<string>? Types,
    IReadOnlyList<string>? Statuses,
    DateOnly? Date,
    int Limit,
    IReadOnlySet<string>? Shown = null,
    int MaxActors = NeighbourhoodRequest.DefaultMaxActors,
    int MaxElements = NeighbourhoodRequest.DefaultMaxElements)
{
    /// <summary>
    /// The whole view's default cap: well above the 909 actors (9,999 elements) the browser benchmark opens whole,
    /// and, at the generator's ten ties per actor, near the most a canvas keeps interactive.
    /// </summary>
    public const int DefaultMaxActors = 5000;

    /// <summary>
    /// The whole view's default element cap: twice the 9,999 elements the browser benchmark opens and keeps
    /// interactive in the large view.
    /// </summary>
    public const int DefaultMaxElements = 20_000;
}
