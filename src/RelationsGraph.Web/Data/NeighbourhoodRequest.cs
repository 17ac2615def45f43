namespace RelationsGraph.Web.Data;

/// <summary>
/// A validated neighbourhood request. A null <see cref="Actor"/> asks for the whole network; null filters
/// mean "all"; <see cref="Limit"/> caps how many new neighbours one actor adds per step. Actors in
/// <see cref="Shown"/> are already on the analyst's canvas: their ties come back, but they neither use up
/// the cap nor count among the "+N more".
/// </summary>
public sealed record NeighbourhoodRequest(
    string? Actor,
    int Depth,
    IReadOnlyList<string>? Types,
    IReadOnlyList<string>? Statuses,
    DateOnly? Date,
    int Limit,
    IReadOnlySet<string>? Shown = null);
