using RelationsGraph.Core.Backend;
using RelationsGraph.Cypher;
using RelationsGraph.Infrastructure.Embedded;
using RelationsGraph.Infrastructure.Sqlite;

namespace RelationsGraph.Infrastructure;

/// <summary>Opens embedded stores: the app's graph and any other store the app keeps apart from it.</summary>
public static class EmbeddedStores
{
    /// <summary>
    /// The embedded engine persisted in the SQLite file at <paramref name="path"/> (":memory:" keeps nothing). The
    /// backend owns the file: dispose it (it is <see cref="IDisposable"/>) to close it.
    /// </summary>
    public static IGraphBackend Open(string path, TimeSpan queryTimeout, int maxRows, TimeProvider time)
    {
        var persistence = new SqliteGraphPersistence(path);
        var engine = new CypherEngine(
            new CypherEngineOptions { DefaultTimeout = queryTimeout, MaxRows = maxRows, TimeProvider = time },
            persistence);
        return new EmbeddedGraphBackend(engine, persistence, "SQLite file " + path);
    }

    /// <summary>The configured path made absolute, or the default <c>RelationsGraph/graph.db</c> under the user's data folder.</summary>
    public static string ResolvePath(string? configured) => EmbeddedStorePath.Resolve(configured ?? "");
}
