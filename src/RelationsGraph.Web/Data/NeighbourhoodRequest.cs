namespace RelationsGraph.Web.Data;

/// <summary>
/// A validated neighbourhood request. A null <see cref="Actor"/> asks for the whole network; null filters
/// mean "all"; <see cref="Limit"/> caps how many new neighbours one actor adds per step.
/// </summary>
public sealed record NeighbourhoodRequest(
    string? Actor,
    int Depth,
    IReadOnlyList<string>? Types,
    IReadOnlyList<string>? Statuses,
    DateOnly? Date,
    int Limit);
