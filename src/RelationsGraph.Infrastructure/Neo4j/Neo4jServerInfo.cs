namespace RelationsGraph.Infrastructure.Neo4j;

/// <summary>What discovery learnt about the server, and the feature gates that follow from its version.</summary>
internal sealed record Neo4jServerInfo(Neo4jServerVersion Version, string Edition, Neo4jEndpoint Endpoint, bool LegacyAvailable)
{
    /// <summary>Typed JSON arrived with the Query API 2.0 preview (5.23).</summary>
    public bool SupportsTypedJson => Version.AtLeast(5, 23);

    /// <summary>Explicit transactions on the Query API (5.26).</summary>
    public bool SupportsQueryApiTransactions => Version.AtLeast(5, 26);

    /// <summary>
    /// <c>maxExecutionTime</c> is documented from 2026.04; older servers may refuse an unknown field, so it is only
    /// sent from then on (must be verified on a live server).
    /// </summary>
    public bool SupportsMaxExecutionTime => Version.AtLeast(2026, 4);

    public string EndpointDescription => Endpoint == Neo4jEndpoint.QueryApi ? "Query API (/db/{db}/query/v2)" : "legacy transactional endpoint (/db/{db}/tx)";
}
