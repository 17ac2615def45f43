using RelationsGraph.Core.Backend;
using RelationsGraph.Core.Errors;
using RelationsGraph.Cypher;

namespace RelationsGraph.Infrastructure.Embedded;

/// <summary>
/// <see cref="IGraphBackend"/> over the in-process Cypher engine. The engine is synchronous and CPU-bound,
/// so calls run on the caller's thread and complete before the task is returned.
/// </summary>
internal sealed class EmbeddedGraphBackend(CypherEngine engine, IDisposable? persistence, string storeDescription) : IGraphBackend, IDisposable
{
    public string Name => "embedded";

    public Task<QueryResult> RunAsync(QueryRequest request, CancellationToken cancellationToken = default)
    {
        try
        {
            return Task.FromResult(engine.Execute(request, cancellationToken));
        }
        catch (CypherException ex)
        {
            return Task.FromException<QueryResult>(ex);
        }
    }

    public Task<IGraphTransaction> BeginTransactionAsync(AccessMode mode, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            return Task.FromResult<IGraphTransaction>(new EmbeddedGraphTransaction(engine.BeginTransaction(mode, timeout)));
        }
        catch (CypherException ex)
        {
            return Task.FromException<IGraphTransaction>(ex);
        }
    }

    public Task<BackendHealth> CheckHealthAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            engine.Execute(new QueryRequest("RETURN 1 AS ok", Timeout: TimeSpan.FromSeconds(5)), cancellationToken);
            return Task.FromResult(new BackendHealth(Name, true, typeof(CypherEngine).Assembly.GetName().Version?.ToString(), storeDescription));
        }
        catch (Exception ex) when (ex is CypherException or InvalidOperationException or NotImplementedException)
        {
            return Task.FromResult(new BackendHealth(Name, false, null, ex.Message));
        }
    }

    public void Dispose()
    {
        engine.Dispose();
        persistence?.Dispose();
    }
}
