using RelationsGraph.Core.Backend;

namespace RelationsGraph.Cypher;

/// <summary>An explicit transaction on the embedded engine. Dispose without commit rolls back.</summary>
public sealed class EngineTransaction : IDisposable
{
    // CONTRACT (executor workstream): implement; keep the public surface.
    internal EngineTransaction()
    {
    }

    public QueryResult Execute(string query, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();

    public void Commit() => throw new NotImplementedException();

    public void Rollback() => throw new NotImplementedException();

    public void Dispose()
    {
    }
}
