using RelationsGraph.Core.Backend;
using RelationsGraph.Cypher.Binding;
using RelationsGraph.Cypher.Errors;
using RelationsGraph.Cypher.Execution;
using RelationsGraph.Cypher.Graph;
using RelationsGraph.Cypher.Persistence;
using RelationsGraph.Cypher.Planning;
using RelationsGraph.Cypher.Procedures;
using RelationsGraph.Cypher.Syntax;

namespace RelationsGraph.Cypher;

/// <summary>
/// The embedded openCypher engine: an in-memory property graph, optionally persisted through an
/// <see cref="IGraphPersistence"/>. Thread-safe: writers are serialized, readers see committed state only.
/// </summary>
public sealed class CypherEngine : IDisposable
{
    private const int PlanCacheCapacity = 512;

    public CypherEngine(CypherEngineOptions? options = null, IGraphPersistence? persistence = null)
    {
        Options = options ?? new CypherEngineOptions();
        Persistence = persistence;
        Store = new GraphStore();
        Lock = new GraphLock();
        Procedures = new ProcedureRegistry(Store);
        Plans = new PlanCache(PlanCacheCapacity);
        Procedures.Changed += (_, _) => Plans.Clear();
        if (persistence is not null)
        {
            Store.LoadFrom(persistence);
        }
    }

    public CypherEngineOptions Options { get; }

    internal GraphStore Store { get; }

    internal GraphLock Lock { get; }

    internal ProcedureRegistry Procedures { get; }

    internal PlanCache Plans { get; }

    internal IGraphPersistence? Persistence { get; }

    /// <summary>Runs one statement in its own transaction. Throws <see cref="Core.Errors.CypherException"/>.</summary>
    public QueryResult Execute(QueryRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (QueryPrefix.Strip(request.Query, "EXPLAIN", out var explained))
        {
            // EXPLAIN compiles only: errors come out with their positions, nothing runs, and a write is not refused.
            return new QueryResult(Prepare(explained).Columns, [], QueryCounters.None);
        }

        var plan = Prepare(QueryPrefix.Strip(request.Query, "PROFILE", out var profiled) ? profiled : request.Query);
        if (request.Mode == AccessMode.Read && plan.Writes)
        {
            throw EngineErrors.AccessMode();
        }

        using var transaction = new EngineTransaction(this, plan.Writes ? AccessMode.Write : AccessMode.Read, request.Timeout, cancellationToken);
        var result = transaction.Run(plan, request.ParametersOrEmpty, request.MaxRows ?? Options.MaxRows, cancellationToken);
        transaction.Commit();
        return result;
    }

    /// <summary>Begins an explicit transaction (a write transaction holds the writer lock until it ends).</summary>
    public EngineTransaction BeginTransaction(AccessMode mode, TimeSpan? timeout = null) => new(this, mode, timeout, CancellationToken.None);

    /// <summary>Registers a procedure callable with CALL (built-ins such as db.labels() are registered already).</summary>
    public void RegisterProcedure(ProcedureDefinition procedure)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        Procedures.Register(procedure);
    }

    /// <summary>A consistent copy of every node and relationship (for tests, exports and conformance checks).</summary>
    public GraphContents ReadAll()
    {
        if (!Lock.TryEnterRead(Options.TimeProvider.GetUtcNow() + Options.DefaultTimeout, Options.TimeProvider, CancellationToken.None))
        {
            throw EngineErrors.LockTimeout();
        }

        try
        {
            return new GraphContents(
                Store.Nodes.OrderBy(n => n.Id).Select(ResultConverter.ToNode).ToList(),
                Store.Relationships.OrderBy(r => r.Id).Select(ResultConverter.ToRelationship).ToList());
        }
        finally
        {
            Lock.ExitRead();
        }
    }

    public void Dispose()
    {
        // The persistence belongs to whoever created it; the in-memory graph needs no cleanup.
    }

    /// <summary>Parses, analyses and plans a statement, or takes it from the plan cache.</summary>
    internal StatementPlan Prepare(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Length > Options.MaxQueryLength)
        {
            throw EngineErrors.QueryTooLong(Options.MaxQueryLength);
        }

        return Plans.GetOrAdd(query, text =>
        {
            var statement = CypherParser.Parse(text);
            var analyzed = SemanticAnalyzer.Analyze(statement, Procedures);
            return QueryPlanner.Plan(analyzed, Procedures);
        });
    }
}
