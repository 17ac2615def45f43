namespace RelationsGraph.Web.Queries;

/// <summary>What a client sends to save or edit a query.</summary>
public sealed record SavedQueryInput(
    string? Name,
    string? Description,
    IReadOnlyList<string>? Tags,
    string? Query,
    IReadOnlyList<SavedQueryParameter>? Parameters);
