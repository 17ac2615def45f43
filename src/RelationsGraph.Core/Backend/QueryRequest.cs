namespace RelationsGraph.Core.Backend;

/// <summary>A Cypher statement with its parameters and the limits it runs under.</summary>
/// <param name="Query">The Cypher text.</param>
/// <param name="Parameters">Parameter values in the Core value model (null, bool, long, double, string, lists, maps, temporal values).</param>
/// <param name="Mode">Read refuses any write clause before the graph is touched.</param>
/// <param name="Timeout">Null means the backend's default.</param>
/// <param name="MaxRows">Cap on returned rows; a cut result has <see cref="QueryResult.Truncated"/> set. Null means no cap.</param>
/// <param name="Idempotent">
/// True when running the statement a second time leaves the store as running it once did (MERGE on a unique key
/// with fixed values, <c>IF NOT EXISTS</c> schema). A store whose answers can be lost on the way (Neo4j over HTTP)
/// may then send a write again when it cannot tell whether the first one was applied; otherwise it never does.
/// </param>
public sealed record QueryRequest(
    string Query,
    IReadOnlyDictionary<string, object?>? Parameters = null,
    AccessMode Mode = AccessMode.Read,
    TimeSpan? Timeout = null,
    int? MaxRows = null,
    bool Idempotent = false)
{
    /// <summary>Parameters, never null.</summary>
    public IReadOnlyDictionary<string, object?> ParametersOrEmpty => Parameters ?? EmptyParameters;

    private static readonly IReadOnlyDictionary<string, object?> EmptyParameters = new Dictionary<string, object?>();
}
