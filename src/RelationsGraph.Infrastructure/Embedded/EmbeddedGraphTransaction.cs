using RelationsGraph.Core.Backend;
using RelationsGraph.Core.Errors;
using RelationsGraph.Cypher;

namespace RelationsGraph.Infrastructure.Embedded;

/// <summary>An explicit transaction on the embedded engine; disposing without commit rolls back.</summary>
internal sealed class EmbeddedGraphTransaction(EngineTransaction transaction) : IGraphTransaction
{
    private bool _finished;

    public Task<QueryResult> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
    {
        try
        {
            return Task.FromResult(transaction.Execute(query, parameters, cancellationToken));
        }
        catch (CypherException ex)
        {
            return Task.FromException<QueryResult>(ex);
        }
    }

    public Task CommitAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            _finished = true;
            transaction.Commit();
            return Task.CompletedTask;
        }
        catch (CypherException ex)
        {
            return Task.FromException(ex);
        }
    }

    public Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        _finished = true;
        transaction.Rollback();
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        if (!_finished)
        {
            transaction.Rollback();
        }

        transaction.Dispose();
        return ValueTask.CompletedTask;
    }
}
