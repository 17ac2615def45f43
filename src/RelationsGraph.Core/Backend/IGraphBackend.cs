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

    /// <summary>
    /// Runs <paramref name="work"/> as one unit of work: one explicit transaction, committed when the work returns and
    /// rolled back when it throws. When <paramref name="idempotent"/> is true (running the unit again after it may
    /// have committed cannot change the store a second time), a store that can fail transiently (Neo4j: a deadlock, a
    /// lost answer) may run the whole unit again, from begin, in a new transaction; <paramref name="work"/> must then
    /// keep no state of its own between runs. The embedded store never needs to.
    /// </summary>
    Task<T> ExecuteTransactionAsync<T>(
        AccessMode mode,
        Func<IGraphTransaction, CancellationToken, Task<T>> work,
        bool idempotent = false,
        TimeSpan? timeout = null,
        CancellationToken cancellationToken = default) =>
        UnitOfWork.RunOnceAsync(this, mode, work, timeout, cancellationToken);

    /// <summary>Whether the store answers, and what it is.</summary>
    Task<BackendHealth> CheckHealthAsync(CancellationToken cancellationToken = default);
}
