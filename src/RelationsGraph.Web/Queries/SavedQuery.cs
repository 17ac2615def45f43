namespace RelationsGraph.Web.Queries;

/// <summary>
/// A saved query: from the library (<c>cypher/queries/*.cypher</c>, read-only) or saved by a user in the
/// graph store. Timestamps are ISO text and only known for user queries.
/// </summary>
public sealed record SavedQuery(
    string Id,
    string Name,
    string? Description,
    IReadOnlyList<string> Tags,
    string Query,
    IReadOnlyList<SavedQueryParameter> Parameters,
    string Origin,
    string? CreatedAt = null,
    string? UpdatedAt = null)
{
    public const string LibraryOrigin = "library";
    public const string UserOrigin = "user";
}
