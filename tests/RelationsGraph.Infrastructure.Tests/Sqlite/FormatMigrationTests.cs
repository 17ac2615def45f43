using Microsoft.Data.Sqlite;
using RelationsGraph.Core.Backend;
using RelationsGraph.Core.Values;
using RelationsGraph.Cypher;
using RelationsGraph.Cypher.Persistence;
using RelationsGraph.Infrastructure.Sqlite;

namespace RelationsGraph.Infrastructure.Tests.Sqlite;

public sealed class FormatMigrationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rg-migrate-").FullName;

    private string DbPath => Path.Combine(_folder, "graph.db");

    [Fact]
    public void Open_Format1File_MigratesToFormat2AndKeepsEveryNodeRelationshipAndRule()
    {
        WriteFormat1File();

        var sink = new RecordingSink();
        using (var store = new SqliteGraphPersistence(DbPath))
        {
            store.Load(sink);
        }

        ReadFormat().ShouldBe("2");
        sink.Rules.ShouldHaveSingleItem().ShouldBe(new SchemaRule("actor_id", "UNIQUE", false, "Actor", ["id"]), new RuleComparer());
        sink.Nodes.Select(n => n.Id).ShouldBe([1L, 2L, 3L]);
        sink.Nodes[1].Labels.ShouldBe(["Actor", "State"]);
        sink.Nodes[1].Properties.ShouldBe([new("id", "russia"), new("founded", 1991L), new("score", 0.5)]);
        sink.Nodes[2].Labels.ShouldBeEmpty();
        sink.Nodes[2].Properties.ShouldBeEmpty();
        sink.Relationships.Select(r => (r.Id, r.StartNodeId, r.EndNodeId, r.Type)).ShouldBe([(10L, 1L, 2L, "SANCTIONS"), (11L, 2L, 2L, "TIE")]);
        sink.Relationships[0].Properties.ShouldBe([new("since", CypherDate.Of(2022, 2, 28)), new("status", "confirmed")]);
        TableColumns("rels").ShouldBe(["id", "data"]);
    }

    [Fact]
    public void Open_MigratedFile_IsWritableAndReadsBackInAFreshEngine()
    {
        WriteFormat1File();
        using (var store = new SqliteGraphPersistence(DbPath))
        using (var engine = new CypherEngine(persistence: store))
        {
            engine.Execute(new QueryRequest("MATCH (a:Actor {id: 'russia'}) CREATE (a)-[:AID {amount: 3}]->(:Actor {id: 'belarus', region: 'east'})", Mode: AccessMode.Write));
        }

        using (var store = new SqliteGraphPersistence(DbPath))
        using (var engine = new CypherEngine(persistence: store))
        {
            var rows = engine.Execute(new QueryRequest("MATCH (a:Actor)-[t]->(b) RETURN a.id, type(t), b.id, t.amount, t.status ORDER BY type(t), b.id")).Rows;
            rows.Select(r => string.Join("|", r)).ShouldBe(["russia|AID|belarus|3|", "south-korea|SANCTIONS|russia||confirmed", "russia|TIE|russia||"]);
            Should.Throw<Core.Errors.CypherException>(() => engine.Execute(new QueryRequest("CREATE (:Actor {id: 'russia'})", Mode: AccessMode.Write)));
        }

        ReadFormat().ShouldBe("2");
    }

    [Fact]
    public void Open_UnknownFormat_Refuses()
    {
        using (var connection = Open())
        {
            Run(connection, "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL); INSERT INTO meta VALUES ('format', '9');");
        }

        Should.Throw<InvalidDataException>(() => new SqliteGraphPersistence(DbPath)).Message.ShouldContain("format 9");
    }

    [Fact]
    public void Commit_ThatFailsAfterAddingANewName_LeavesTheNameOutAndLaterCommitsStillDecode()
    {
        using (var store = new SqliteGraphPersistence(DbPath))
        {
            Should.Throw<NotSupportedException>(() => store.Commit(new GraphChangeSet(
                [new StoredNode(1, ["Fresh"], [new("newKey", "v")]), new StoredNode(2, [], [new("bad", new object())])], [], [], [], null)));
            store.Commit(new GraphChangeSet([new StoredNode(3, ["Other"], [new("otherKey", 1L)])], [], [], [], null));
            store.Commit(new GraphChangeSet([new StoredNode(4, ["Fresh"], [new("newKey", "w")])], [], [], [], null));
        }

        var sink = new RecordingSink();
        using (var reopened = new SqliteGraphPersistence(DbPath))
        {
            reopened.Load(sink);
        }

        sink.Nodes.Select(n => (n.Id, n.Labels.Single(), n.Properties.Single().Key)).ShouldBe([(3L, "Other", "otherKey"), (4L, "Fresh", "newKey")]);
    }

    [Fact]
    public void Load_CorruptRow_ReportsTheFileAsUnreadable()
    {
        using (var store = new SqliteGraphPersistence(DbPath))
        {
            store.Commit(new GraphChangeSet([new StoredNode(1, [], [])], [], [], [], null));
        }

        using (var connection = Open())
        {
            Run(connection, "INSERT INTO rels (id, data) VALUES (5, x'02040963')");
        }

        using var reopened = new SqliteGraphPersistence(DbPath);
        Should.Throw<InvalidDataException>(() => reopened.Load(new RecordingSink()));
    }

    [Fact]
    public void Load_SinkThatThrows_StopsTheScanAndPassesItsErrorOn()
    {
        using (var store = new SqliteGraphPersistence(DbPath))
        {
            store.Commit(new GraphChangeSet(Enumerable.Range(0, 10_000).Select(i => new StoredNode(i, ["N"], [new("i", (long)i)])).ToList(), [], [], [], null));
        }

        using var reopened = new SqliteGraphPersistence(DbPath);
        var sink = new RecordingSink { FailAfter = 3000 };
        Should.Throw<InvalidOperationException>(() => reopened.Load(sink)).Message.ShouldBe("sink full");

        var again = new RecordingSink();
        reopened.Load(again);
        again.Nodes.Count.ShouldBe(10_000);
        again.Nodes[9_999].Properties.ShouldBe([new("i", 9_999L)]);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static void Run(SqliteConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DbPath, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    /// <summary>A file as format 1 wrote it: its DDL, its format row, names as text in every row.</summary>
    private void WriteFormat1File()
    {
        using var connection = Open();
        Run(connection, """
            PRAGMA journal_mode=WAL;
            CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE nodes (id INTEGER PRIMARY KEY, labels BLOB NOT NULL, props BLOB NOT NULL);
            CREATE TABLE rels (id INTEGER PRIMARY KEY, src INTEGER NOT NULL, dst INTEGER NOT NULL, type TEXT NOT NULL, props BLOB NOT NULL);
            CREATE TABLE schema_rules (name TEXT PRIMARY KEY, kind TEXT NOT NULL, for_rel INTEGER NOT NULL, label TEXT NOT NULL, props BLOB NOT NULL);
            INSERT INTO meta (key, value) VALUES ('format', '1');
            """);
        void Node(long id, string[] labels, KeyValuePair<string, object?>[] props)
        {
            using var cmd = connection.CreateCommand();
            cmd.CommandText = "INSERT INTO nodes (id, labels, props) VALUES ($id, $l, $p)";
            cmd.Parameters.AddWithValue("$id", id);
            cmd.Parameters.AddWithValue("$l", PropertyCodec.EncodeStrings(labels));
            cmd.Parameters.AddWithValue("$p", PropertyCodec.EncodeProperties(props));
            cmd.ExecuteNonQuery();
        }

        void Rel(long id, long src, long dst, string type, KeyValuePair<string, object?>[] props)
        {
            using var cmd = connection.CreateCommand();
            cmd.CommandText = "INSERT INTO rels (id, src, dst, type, props) VALUES ($id, $s, $d, $t, $p)";
            cmd.Parameters.AddWithValue("$id", id);
            cmd.Parameters.AddWithValue("$s", src);
            cmd.Parameters.AddWithValue("$d", dst);
            cmd.Parameters.AddWithValue("$t", type);
            cmd.Parameters.AddWithValue("$p", PropertyCodec.EncodeProperties(props));
            cmd.ExecuteNonQuery();
        }

        Node(1, ["Actor"], [new("id", "south-korea")]);
        Node(2, ["Actor", "State"], [new("id", "russia"), new("founded", 1991L), new("score", 0.5)]);
        Node(3, [], []);
        Rel(10, 1, 2, "SANCTIONS", [new("since", CypherDate.Of(2022, 2, 28)), new("status", "confirmed")]);
        Rel(11, 2, 2, "TIE", []);
        using var rule = connection.CreateCommand();
        rule.CommandText = "INSERT INTO schema_rules (name, kind, for_rel, label, props) VALUES ('actor_id', 'UNIQUE', 0, 'Actor', $p)";
        rule.Parameters.AddWithValue("$p", PropertyCodec.EncodeStrings(["id"]));
        rule.ExecuteNonQuery();
    }

    private string? ReadFormat()
    {
        using var connection = Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT value FROM meta WHERE key = 'format'";
        return cmd.ExecuteScalar() as string;
    }

    private List<string> TableColumns(string table)
    {
        using var connection = Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT name FROM pragma_table_info('{table}') ORDER BY cid";
        using var r = cmd.ExecuteReader();
        var names = new List<string>();
        while (r.Read())
        {
            names.Add(r.GetString(0));
        }

        return names;
    }

    private sealed class RuleComparer : IEqualityComparer<SchemaRule>
    {
        public bool Equals(SchemaRule? x, SchemaRule? y) =>
            x is not null && y is not null && x.Name == y.Name && x.Kind == y.Kind && x.ForRelationship == y.ForRelationship
            && x.LabelOrType == y.LabelOrType && x.Properties.SequenceEqual(y.Properties);

        public int GetHashCode(SchemaRule obj) => obj.Name.GetHashCode(StringComparison.Ordinal);
    }

    private sealed class RecordingSink : IGraphLoadSink
    {
        public int? FailAfter { get; init; }

        public List<SchemaRule> Rules { get; } = [];

        public List<StoredNode> Nodes { get; } = [];

        public List<StoredRelationship> Relationships { get; } = [];

        public void AddSchemaRule(SchemaRule rule) => Rules.Add(rule);

        public void AddNode(long id, IReadOnlyList<string> labels, IReadOnlyList<KeyValuePair<string, object?>> properties)
        {
            if (Nodes.Count == FailAfter)
            {
                throw new InvalidOperationException("sink full");
            }

            Nodes.Add(new StoredNode(id, [.. labels], [.. properties]));
        }

        public void AddRelationship(long id, long startNodeId, long endNodeId, string type, IReadOnlyList<KeyValuePair<string, object?>> properties) =>
            Relationships.Add(new StoredRelationship(id, startNodeId, endNodeId, type, [.. properties]));
    }
}
