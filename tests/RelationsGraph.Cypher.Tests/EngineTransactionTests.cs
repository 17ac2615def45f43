using RelationsGraph.Core.Backend;
using RelationsGraph.Core.Errors;
using RelationsGraph.Cypher.Persistence;

namespace RelationsGraph.Cypher.Tests;

public sealed class EngineTransactionTests
{
    private static long Count(CypherEngine engine, string label) =>
        (long)engine.Execute(new QueryRequest($"MATCH (n:{label}) RETURN count(n) AS c")).Rows[0][0]!;

    [Fact]
    public void Commit_SeveralStatements_AllVisibleAfterwards()
    {
        using var engine = new CypherEngine();
        using (var tx = engine.BeginTransaction(AccessMode.Write))
        {
            tx.Execute("CREATE (:A {v: 1})");
            tx.Execute("MATCH (a:A) CREATE (a)-[:R]->(:B)");
            tx.Execute("MATCH (b:B) RETURN count(b) AS c").Rows[0][0].ShouldBe(1L);
            tx.Commit();
        }

        Count(engine, "A").ShouldBe(1L);
        Count(engine, "B").ShouldBe(1L);
    }

    [Fact]
    public void Dispose_WithoutCommit_RollsBack()
    {
        using var engine = new CypherEngine();
        using (var tx = engine.BeginTransaction(AccessMode.Write))
        {
            tx.Execute("CREATE (:A)");
        }

        Count(engine, "A").ShouldBe(0L);
    }

    [Fact]
    public void Rollback_AfterSeveralWrites_RestoresPropertiesLabelsAndRelationships()
    {
        using var engine = new CypherEngine();
        engine.Execute(new QueryRequest("CREATE (:A {v: 1})-[:R]->(:B)", Mode: AccessMode.Write));
        using (var tx = engine.BeginTransaction(AccessMode.Write))
        {
            tx.Execute("MATCH (a:A) SET a.v = 2, a:C REMOVE a:A");
            tx.Execute("MATCH ()-[r:R]->() DELETE r");
            tx.Execute("MATCH (b:B) DELETE b");
            tx.Rollback();
        }

        var result = engine.Execute(new QueryRequest("MATCH (a:A)-[:R]->(b:B) RETURN a.v AS v, labels(a) AS l"));
        result.Rows.Count.ShouldBe(1);
        result.Rows[0][0].ShouldBe(1L);
        result.Rows[0][1].ShouldBe(new List<object?> { "A" });
    }

    [Fact]
    public void Execute_AfterAFailedStatement_RefusesAndRollsBackEverything()
    {
        using var engine = new CypherEngine();
        using var tx = engine.BeginTransaction(AccessMode.Write);
        tx.Execute("CREATE (:A)");
        Should.Throw<CypherException>(() => tx.Execute("UNWIND [0] AS z RETURN 1 / z AS x"));

        var error = Should.Throw<CypherException>(() => tx.Execute("RETURN 1 AS x"));
        error.Code.ShouldBe("Neo.ClientError.Transaction.TransactionMarkedAsFailed");
        tx.Rollback();
        Count(engine, "A").ShouldBe(0L);
    }

    [Fact]
    public void Execute_WriteInReadTransaction_IsRefused()
    {
        using var engine = new CypherEngine();
        using var tx = engine.BeginTransaction(AccessMode.Read);
        var error = Should.Throw<CypherException>(() => tx.Execute("CREATE (:A)"));
        error.Code.ShouldBe(StatusCodes.AccessMode);
    }

    [Fact]
    public void Commit_WithPersistence_PassesTheFinalStateOfTouchedEntities()
    {
        var persistence = new RecordingPersistence();
        using var engine = new CypherEngine(persistence: persistence);
        engine.Execute(new QueryRequest("CREATE (:A {v: 1})-[:R {w: 2}]->(:B)", Mode: AccessMode.Write));

        var changes = persistence.Commits.ShouldHaveSingleItem();
        changes.UpsertedNodes.Count.ShouldBe(2);
        changes.UpsertedRelationships.ShouldHaveSingleItem().Type.ShouldBe("R");
        changes.Schema.ShouldBeNull();

        engine.Execute(new QueryRequest("MATCH (b:B) DETACH DELETE b", Mode: AccessMode.Write));
        var second = persistence.Commits[1];
        second.DeletedNodeIds.Count.ShouldBe(1);
        second.DeletedRelationshipIds.Count.ShouldBe(1);
    }

    [Fact]
    public void Commit_CreateThenChangeInOneTransaction_PassesEachEntityOnceInItsFinalState()
    {
        var persistence = new RecordingPersistence();
        using var engine = new CypherEngine(persistence: persistence);
        engine.Execute(new QueryRequest("CREATE (:Old {v: 1})", Mode: AccessMode.Write));
        using (var tx = engine.BeginTransaction(AccessMode.Write))
        {
            tx.Execute("CREATE (:A {v: 1})-[:R {w: 1}]->(:B)");
            tx.Execute("MATCH (a:A)-[r:R]->(b:B) SET a.v = 2, r.w = 3 CREATE (b)-[:R]->(:C)");
            tx.Execute("MATCH (o:Old) SET o.v = 5");
            tx.Execute("MATCH (c:C) DETACH DELETE c");
            tx.Commit();
        }

        var changes = persistence.Commits[1];
        changes.UpsertedNodes.Select(n => n.Labels.Single()).ShouldBe(["Old", "A", "B"]);
        changes.UpsertedNodes.Select(n => n.Id).ShouldBe(changes.UpsertedNodes.Select(n => n.Id).Order());
        changes.UpsertedNodes[1].Properties.ShouldBe([new("v", 2L)]);
        changes.UpsertedRelationships.ShouldHaveSingleItem().Properties.ShouldBe([new("w", 3L)]);
        changes.DeletedNodeIds.Count.ShouldBe(1);
        changes.DeletedRelationshipIds.Count.ShouldBe(1);
    }

    [Fact]
    public void Commit_AfterAStatementFailedAndWasRolledBack_PassesNothingOfIt()
    {
        var persistence = new RecordingPersistence();
        using var engine = new CypherEngine(persistence: persistence);
        engine.Execute(new QueryRequest("CREATE CONSTRAINT u FOR (n:U) REQUIRE n.k IS UNIQUE", Mode: AccessMode.Write));

        Should.Throw<CypherException>(() => engine.Execute(new QueryRequest("UNWIND [1, 2, 1] AS k CREATE (:U {k: k})", Mode: AccessMode.Write)));
        engine.Execute(new QueryRequest("CREATE (:U {k: 1})", Mode: AccessMode.Write));

        persistence.Commits.Count.ShouldBe(2);
        persistence.Commits[1].UpsertedNodes.ShouldHaveSingleItem().Properties.ShouldBe([new("k", 1L)]);
        engine.Execute(new QueryRequest("MATCH (u:U) RETURN count(u)")).Rows[0][0].ShouldBe(1L);
    }

    [Fact]
    public void Execute_RowListsAsParameters_AreReadAsGivenAndIntsWidened()
    {
        using var engine = new CypherEngine();
        var rows = new List<object?> { new List<object?> { "a", 1L }, new List<object?> { "b", 2 }, new object?[] { "c", 3L } };

        var result = engine.Execute(new QueryRequest("UNWIND $rows AS r RETURN r[0] AS k, r[1] + 1 AS v", new Dictionary<string, object?> { ["rows"] = rows }));

        result.Rows.Select(r => (r[0], r[1])).ShouldBe([("a", (object?)2L), ("b", 3L), ("c", 4L)]);
    }

    [Fact]
    public void Commit_WhenPersistenceFails_RollsBackAndReportsStorageError()
    {
        var persistence = new RecordingPersistence { Fail = true };
        using var engine = new CypherEngine(persistence: persistence);
        var error = Should.Throw<CypherException>(() => engine.Execute(new QueryRequest("CREATE (:A)", Mode: AccessMode.Write)));
        error.Code.ShouldBe(StatusCodes.StorageError);
        persistence.Fail = false;
        Count(engine, "A").ShouldBe(0L);
    }

    [Fact]
    public void Constructor_WithPersistence_LoadsTheStoredGraph()
    {
        var persistence = new RecordingPersistence();
        persistence.Stored.Add(new StoredNode(5, ["A"], [new("v", 7L)]));
        persistence.Stored.Add(new StoredNode(9, ["B"], []));
        persistence.StoredRelationships.Add(new StoredRelationship(3, 5, 9, "R", []));
        using var engine = new CypherEngine(persistence: persistence);

        var result = engine.Execute(new QueryRequest("MATCH (a:A)-[:R]->(b:B) RETURN a.v AS v, id(b) AS b"));
        result.Rows.ShouldHaveSingleItem()[0].ShouldBe(7L);
        engine.Execute(new QueryRequest("CREATE (n:C) RETURN id(n) AS id", Mode: AccessMode.Write)).Rows[0][0].ShouldBe(10L);
    }

    private sealed class RecordingPersistence : IGraphPersistence
    {
        public List<GraphChangeSet> Commits { get; } = [];

        public List<StoredNode> Stored { get; } = [];

        public List<StoredRelationship> StoredRelationships { get; } = [];

        public bool Fail { get; set; }

        public void Load(IGraphLoadSink sink)
        {
            foreach (var n in Stored)
            {
                sink.AddNode(n.Id, n.Labels, n.Properties);
            }

            foreach (var r in StoredRelationships)
            {
                sink.AddRelationship(r.Id, r.StartNodeId, r.EndNodeId, r.Type, r.Properties);
            }
        }

        public void Commit(GraphChangeSet changes)
        {
            if (Fail)
            {
                throw new IOException("disk full");
            }

            Commits.Add(changes);
        }

        public void Dispose()
        {
        }
    }
}
