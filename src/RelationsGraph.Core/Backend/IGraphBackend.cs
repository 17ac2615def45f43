namespace RelationsGraph.Core.Backend;

/// <summary>
/// The only way the application reaches a graph store. Everything is Cypher with parameters, so the embedded
/// engine and Neo4j are interchangeable by configuration.
/// Failures are <see cref="Errors.CypherException"/> with a Neo4j status code.
/// </summary>
public interface IGraphBackend
{
    /// <summary>Short name of the store, e.g. "embedded" or "neo4j".</summary>
    string Name { get; }

    /// <summary>Runs one statement in its own transaction (auto-commit): all of it happens or none.</summary>
    Task<QueryResult> RunAsync(QueryRequest request, CancellationToken cancellationToken = default);

    /// <summary>Begins an explicit transaction; dispose without commit rolls it back.</summary>
    Task<IGraphTransaction> BeginTransactionAsync(AccessMode mode, TimeSpan? timeout = null, CancellationToken cancellationToken = default);

    /// <summary>Whether the store answers, and what it is.</summary>
    Task<BackendHealth> CheckHealthAsync(CancellationToken cancellationToken = default);
}
