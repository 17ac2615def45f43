using RelationsGraph.Core.Backend;
using RelationsGraph.Core.Errors;
using RelationsGraph.Cypher.Collections;
using RelationsGraph.Cypher.Errors;
using RelationsGraph.Cypher.Execution;
using RelationsGraph.Cypher.Graph;
using RelationsGraph.Cypher.Persistence;
using RelationsGraph.Cypher.Planning;

namespace RelationsGraph.Cypher;

/// <summary>An explicit transaction on the embedded engine. Dispose without commit rolls back.</summary>
public sealed class EngineTransaction : IDisposable
{
    private readonly CypherEngine _engine;
    private readonly AccessMode _mode;
    private readonly DateTimeOffset _deadline;
    private readonly DateTimeOffset _startTime;
    private readonly WriteSession? _session;
    private bool _closed;
    private bool _failed;

    internal EngineTransaction(CypherEngine engine, AccessMode mode, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        _engine = engine;
        _mode = mode;
        var clock = engine.Options.TimeProvider;
        _startTime = clock.GetUtcNow();
        _deadline = _startTime + (timeout ?? engine.Options.DefaultTimeout);
        if (mode == AccessMode.Write)
        {
            if (!engine.Lock.TryEnterWrite(_deadline, clock, cancellationToken))
            {
                throw EngineErrors.LockTimeout();
            }

            _session = new WriteSession();
        }
    }

    public QueryResult Execute(string query, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
    {
        EnsureUsable();
        StatementPlan plan;
        try
        {
            if (QueryPrefix.Strip(query, "EXPLAIN", out var explained))
            {
                return new QueryResult(_engine.Prepare(explained).Columns, [], QueryCounters.None);
            }

            plan = _engine.Prepare(QueryPrefix.Strip(query, "PROFILE", out var profiled) ? profiled : query);
        }
        catch
        {
            _failed = true;
            throw;
        }

        if (_mode == AccessMode.Read && plan.Writes)
        {
            throw EngineErrors.AccessMode();
        }

        return Run(plan, parameters ?? new Dictionary<string, object?>(), _engine.Options.MaxRows, cancellationToken);
    }

    public void Commit()
    {
        EnsureOpen();
        if (_failed)
        {
            Rollback();
            throw EngineErrors.TransactionFailed();
        }

        _closed = true;
        if (_session is null)
        {
            return;
        }

        try
        {
            var changes = BuildChangeSet(_session);
            if (!changes.IsEmpty && _engine.Persistence is { } persistence)
            {
                try
                {
                    persistence.Commit(changes);
                }
                catch (Exception ex) when (ex is not CypherException)
                {
                    _session.RollbackTo(0);
                    throw EngineErrors.Storage(ex);
                }
            }
        }
        finally
        {
            _engine.Lock.ExitWrite();
        }
    }

    public void Rollback()
    {
        if (_closed)
        {
            return;
        }

        _closed = true;
        if (_session is not null)
        {
            try
            {
                _session.RollbackTo(0);
            }
            finally
            {
                _engine.Lock.ExitWrite();
            }
        }
    }

    public void Dispose() => Rollback();

    /// <summary>Runs one planned statement inside this transaction; a failure undoes the whole transaction.</summary>
    internal QueryResult Run(StatementPlan plan, IReadOnlyDictionary<string, object?> parameters, int? maxRows, CancellationToken cancellationToken)
    {
        EnsureUsable();
        var clock = _engine.Options.TimeProvider;
        var store = _engine.Store;
        if (_session is null)
        {
            if (!_engine.Lock.TryEnterRead(_deadline, clock, cancellationToken))
            {
                throw EngineErrors.LockTimeout();
            }

            try
            {
                var ctx = new QueryContext(store, ResultConverter.NormalizeParameters(parameters), clock, _startTime, _deadline, _engine.Procedures, cancellationToken);
                return StatementRunner.Run(plan, ctx, maxRows);
            }
            finally
            {
                _engine.Lock.ExitRead();
            }
        }

        if (plan.Writes && (plan.IsSchemaCommand ? _session.DataChanged : _session.SchemaChanged))
        {
            throw EngineErrors.SchemaInDataTransaction();
        }

        store.Session = _session;
        try
        {
            var ctx = new QueryContext(store, ResultConverter.NormalizeParameters(parameters), clock, _startTime, _deadline, _engine.Procedures, cancellationToken);
            var result = StatementRunner.Run(plan, ctx, maxRows);
            store.ValidateStatementEnd();
            return result;
        }
        catch
        {
            // Neo4j rolls back the whole transaction when one of its statements fails.
            _failed = true;
            _session.RollbackTo(0);
            _session.DeletedInStatement.Clear();
            throw;
        }
        finally
        {
            store.Session = null;
        }
    }

    private void EnsureOpen()
    {
        if (_closed)
        {
            throw EngineErrors.TransactionClosed();
        }
    }

    private void EnsureUsable()
    {
        EnsureOpen();
        if (_failed)
        {
            throw EngineErrors.TransactionFailed();
        }
    }

    private GraphChangeSet BuildChangeSet(WriteSession session)
    {
        var store = _engine.Store;
        var upsertedNodes = new ChunkedList<StoredNode>();
        var deletedNodes = new List<long>();
        foreach (var node in session.ChangedNodes)
        {
            if (!node.IsDeleted && ReferenceEquals(store.FindNode(node.Id), node))
            {
                upsertedNodes.Add(new StoredNode(node.Id, node.Labels, node.Properties.ToArray()));
            }
            else
            {
                deletedNodes.Add(node.Id);
            }
        }

        var upsertedRels = new ChunkedList<StoredRelationship>();
        var deletedRels = new List<long>();
        foreach (var rel in session.ChangedRelationships)
        {
            if (!rel.IsDeleted && ReferenceEquals(store.FindRelationship(rel.Id), rel))
            {
                upsertedRels.Add(new StoredRelationship(rel.Id, rel.Start.Id, rel.End.Id, rel.Type, rel.Properties.ToArray()));
            }
            else
            {
                deletedRels.Add(rel.Id);
            }
        }

        return new GraphChangeSet(upsertedNodes, deletedNodes, upsertedRels, deletedRels, session.SchemaChanged ? store.Rules.ToList() : null);
    }
}
