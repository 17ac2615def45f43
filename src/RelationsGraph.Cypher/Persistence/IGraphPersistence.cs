namespace RelationsGraph.Cypher.Persistence;

/// <summary>
/// Where an engine keeps its graph between runs. The engine knows nothing of files or SQL; an
/// implementation (SQLite in Infrastructure) loads the graph once and makes every committed change durable.
/// </summary>
public interface IGraphPersistence : IDisposable
{
    /// <summary>Pushes every stored schema rule, node and relationship (in that order) into <paramref name="sink"/>.</summary>
    void Load(IGraphLoadSink sink);

    /// <summary>
    /// Makes a committed transaction's changes durable before returning. Called with the writer lock
    /// held; if it throws, the engine rolls the transaction back in memory and reports a DatabaseError.
    /// </summary>
    void Commit(GraphChangeSet changes);
}
