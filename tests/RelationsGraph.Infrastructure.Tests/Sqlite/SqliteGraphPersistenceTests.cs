using RelationsGraph.Cypher.Persistence;
using RelationsGraph.Infrastructure.Sqlite;

namespace RelationsGraph.Infrastructure.Tests.Sqlite;

public sealed class SqliteGraphPersistenceTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rg-sqlite-").FullName;

    private string DbPath => Path.Combine(_folder, "graph.db");

    [Fact]
    public void Load_AfterCommit_ReturnsTheCommittedGraph()
    {
        using (var store = new SqliteGraphPersistence(DbPath))
        {
            store.Commit(new GraphChangeSet(
                [new StoredNode(1, ["Actor"], [new("id", "south-korea")]), new StoredNode(2, ["Actor", "State"], [new("id", "russia")])],
                [],
                [new StoredRelationship(10, 1, 2, "SANCTIONS", [new("status", "confirmed")])],
                [],
                [new SchemaRule("actor_id", "UNIQUE", false, "Actor", ["id"])]));
        }

        var sink = new RecordingSink();
        using (var reopened = new SqliteGraphPersistence(DbPath))
        {
            reopened.Load(sink);
        }

        sink.Nodes.Select(n => n.Id).ShouldBe([1L, 2L]);
        sink.Nodes[1].Labels.ShouldBe(["Actor", "State"]);
        sink.Relationships.ShouldHaveSingleItem().Type.ShouldBe("SANCTIONS");
        sink.Relationships[0].Properties.ShouldHaveSingleItem().Value.ShouldBe("confirmed");
        sink.Rules.ShouldHaveSingleItem().Properties.ShouldBe(["id"]);
    }

    [Fact]
    public void Commit_DeletesAndUpdates_AreVisibleAfterReopen()
    {
        using (var store = new SqliteGraphPersistence(DbPath))
        {
            store.Commit(new GraphChangeSet([new StoredNode(1, [], []), new StoredNode(2, [], [])], [], [new StoredRelationship(5, 1, 2, "T", [])], [], null));
            store.Commit(new GraphChangeSet([new StoredNode(1, ["Renamed"], [new("n", 1L)])], [2], [], [5], null));
        }

        var sink = new RecordingSink();
        using (var reopened = new SqliteGraphPersistence(DbPath))
        {
            reopened.Load(sink);
        }

        sink.Nodes.ShouldHaveSingleItem().Labels.ShouldBe(["Renamed"]);
        sink.Relationships.ShouldBeEmpty();
    }

    [Fact]
    public void Commit_WithoutDispose_IsReadableFromASecondConnection()
    {
        // A process killed right after Commit returns never disposes: what a fresh connection reads is what survives.
        var store = new SqliteGraphPersistence(DbPath);
        store.Commit(new GraphChangeSet([new StoredNode(7, ["Actor"], [new("id", "nato")])], [], [], [], null));

        var sink = new RecordingSink();
        using (var other = new SqliteGraphPersistence(DbPath))
        {
            other.Load(sink);
        }

        sink.Nodes.ShouldHaveSingleItem().Id.ShouldBe(7);
        store.Dispose();
    }

    [Fact]
    public void Commit_ThatFailsMidway_LeavesTheFileAsItWas()
    {
        using (var store = new SqliteGraphPersistence(DbPath))
        {
            store.Commit(new GraphChangeSet([new StoredNode(1, ["Actor"], [])], [], [], [], null));
            Should.Throw<NotSupportedException>(() => store.Commit(new GraphChangeSet(
                [new StoredNode(2, [], []), new StoredNode(3, [], [new("bad", new object())])], [1], [], [], null)));
        }

        var sink = new RecordingSink();
        using (var reopened = new SqliteGraphPersistence(DbPath))
        {
            reopened.Load(sink);
        }

        sink.Nodes.ShouldHaveSingleItem().Id.ShouldBe(1);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private sealed class RecordingSink : IGraphLoadSink
    {
        public List<SchemaRule> Rules { get; } = [];

        public List<StoredNode> Nodes { get; } = [];

        public List<StoredRelationship> Relationships { get; } = [];

        public void AddSchemaRule(SchemaRule rule) => Rules.Add(rule);

        public void AddNode(long id, IReadOnlyList<string> labels, IReadOnlyList<KeyValuePair<string, object?>> properties) =>
            Nodes.Add(new StoredNode(id, [.. labels], [.. properties]));

        public void AddRelationship(long id, long startNodeId, long endNodeId, string type, IReadOnlyList<KeyValuePair<string, object?>> properties) =>
            Relationships.Add(new StoredRelationship(id, startNodeId, endNodeId, type, [.. properties]));
    }
}
