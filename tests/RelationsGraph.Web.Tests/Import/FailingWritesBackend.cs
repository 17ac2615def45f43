using RelationsGraph.Core.Backend;
using RelationsGraph.Core.Errors;

namespace RelationsGraph.Web.Tests.Import;

/// <summary>
/// The real store, except that inside explicit transactions a statement containing <paramref name="marker"/>
/// fails, as a store failing half-way through an import would: the rest of the transaction must roll back.
/// </summary>
public sealed class FailingWritesBackend(IGraphBackend inner, string marker) : IGraphBackend
{
    public string Name => inner.Name;

    public Task<QueryResult> RunAsync(QueryRequest request, CancellationToken cancellationToken = default) => inner.RunAsync(request, cancellationToken);

    public async Task<IGraphTransaction> BeginTransactionAsync(AccessMode mode, TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        new Transaction(await inner.BeginTransactionAsync(mode, timeout, cancellationToken), marker);

    public Task<BackendHealth> CheckHealthAsync(CancellationToken cancellationToken = default) => inner.CheckHealthAsync(cancellationToken);

    private sealed class Transaction(IGraphTransaction inner, string marker) : IGraphTransaction
    {
        public Task<QueryResult> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default) =>
            query.Contains(marker, StringComparison.Ordinal)
                ? throw new CypherException(StatusCodes.StorageError, "Simulated store failure.")
                : inner.RunAsync(query, parameters, cancellationToken);

        public Task CommitAsync(CancellationToken cancellationToken = default) => inner.CommitAsync(cancellationToken);

        public Task RollbackAsync(CancellationToken cancellationToken = default) => inner.RollbackAsync(cancellationToken);

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
