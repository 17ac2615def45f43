using RelationsGraph.Core.Backend;
using RelationsGraph.Cypher.Persistence;
using RelationsGraph.Cypher.Procedures;

namespace RelationsGraph.Cypher;

/// <summary>
/// The embedded openCypher engine: an in-memory property graph, optionally persisted through an
/// <see cref="IGraphPersistence"/>. Thread-safe: writers are serialized, readers see committed state only.
/// </summary>
public sealed class CypherEngine : IDisposable
{
    // CONTRACT (executor workstream): implement; keep the public surface.
    public CypherEngine(CypherEngineOptions? options = null, IGraphPersistence? persistence = null)
    {
        Options = options ?? new CypherEngineOptions();
        _ = persistence;
    }

    public CypherEngineOptions Options { get; }

    /// <summary>Runs one statement in its own transaction. Throws <see cref="Core.Errors.CypherException"/>.</summary>
    public QueryResult Execute(QueryRequest request, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();

    /// <summary>Begins an explicit transaction (a write transaction holds the writer lock until it ends).</summary>
    public EngineTransaction BeginTransaction(AccessMode mode, TimeSpan? timeout = null) =>
        throw new NotImplementedException();

    /// <summary>Registers a procedure callable with CALL (built-ins such as db.labels() are registered already).</summary>
    public void RegisterProcedure(ProcedureDefinition procedure) => throw new NotImplementedException();

    /// <summary>A consistent copy of every node and relationship (for tests, exports and conformance checks).</summary>
    public GraphContents ReadAll() => throw new NotImplementedException();

    public void Dispose()
    {
    }
}
