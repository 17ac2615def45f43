namespace RelationsGraph.Infrastructure.Neo4j;

/// <summary>Which HTTP API the backend talks to.</summary>
internal enum Neo4jEndpoint
{
    /// <summary><c>/db/{db}/query/v2</c> (5.19+, on by default from 5.25, explicit transactions from 5.26).</summary>
    QueryApi,

    /// <summary><c>/db/{db}/tx</c>: the transactional endpoint, deprecated since 5.26, absent on Aura.</summary>
    Legacy,
}
