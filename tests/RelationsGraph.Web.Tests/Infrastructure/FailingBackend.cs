using RelationsGraph.Core.Backend;
using RelationsGraph.Core.Errors;

namespace RelationsGraph.Web.Tests.Infrastructure;

/// <summary>A store that fails every statement with one error, to check how failures reach the client.</summary>
public sealed class FailingBackend(CypherException error) : IGraphBackend
{
    public string Name => "failing";

    public Task<QueryResult> RunAsync(QueryRequest request, CancellationToken cancellationToken = default) => throw error;

    public Task<IGraphTransaction> BeginTransactionAsync(AccessMode mode, TimeSpan? timeout = null, CancellationToken cancellationToken = default) => throw error;

    public Task<BackendHealth> CheckHealthAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(new BackendHealth(Name, false, Detail: error.Message));
}
