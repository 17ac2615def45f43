using RelationsGraph.Core.Backend;

namespace RelationsGraph.Infrastructure.Neo4j;

/// <summary>One HTTP API's way of running statements. Each call is one HTTP request; retries live above it.</summary>
internal interface INeo4jProtocol
{
    Task<StatementOutcome> RunAsync(QueryRequest request, IReadOnlyList<string> bookmarks, CancellationToken cancellationToken);

    Task<Neo4jTransactionHandle> BeginAsync(AccessMode mode, IReadOnlyList<string> bookmarks, TimeSpan? timeout, CancellationToken cancellationToken);

    Task<StatementOutcome> RunInTransactionAsync(Neo4jTransactionHandle transaction, string statement, IReadOnlyDictionary<string, object?> parameters, int? maxRows, CancellationToken cancellationToken);

    /// <summary>Commits and returns the bookmarks of the commit.</summary>
    Task<IReadOnlyList<string>> CommitAsync(Neo4jTransactionHandle transaction, CancellationToken cancellationToken);

    Task RollbackAsync(Neo4jTransactionHandle transaction, CancellationToken cancellationToken);

    Task KeepAliveAsync(Neo4jTransactionHandle transaction, CancellationToken cancellationToken);
}
