namespace RelationsGraph.Core.Backend;

/// <summary>An explicit transaction: several statements that commit or roll back together.</summary>
public interface IGraphTransaction : IAsyncDisposable
{
    Task<QueryResult> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default);

    Task CommitAsync(CancellationToken cancellationToken = default);

    Task RollbackAsync(CancellationToken cancellationToken = default);
}
