using RelationsGraph.Core.Backend;
using RelationsGraph.Core.Errors;
using RelationsGraph.Core.Values;
using RelationsGraph.Infrastructure.Tests.Neo4j.Fakes;
using static RelationsGraph.Infrastructure.Tests.Neo4j.Fakes.FakeNeo4jServer;
using F = RelationsGraph.Infrastructure.Tests.Neo4j.Fakes.Neo4jFixtures;

namespace RelationsGraph.Infrastructure.Tests.Neo4j;

public sealed class Neo4jTransactionTests : IDisposable
{
    private static readonly Dictionary<string, string> Affinity = new() { ["neo4j-cluster-affinity"] = "MTAuMC4wLjE6NzQ3NA==" };
    private readonly FakeNeo4jServer _server = BackendFactory.Server526()
        .On(HttpMethod.Post, F.TxPath, Typed(202, F.Begin, Affinity))
        .On(HttpMethod.Post, F.TxPath + "/a3f", Typed(202, F.RunInTx))
        .On(HttpMethod.Post, F.TxPath + "/a3f/commit", Typed(202, F.Commit))
        .On(HttpMethod.Delete, F.TxPath + "/a3f", Plain(200, "{}"));

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task BeginRunCommit_EchoesAffinityOnEveryLaterRequest()
    {
        using var backend = BackendFactory.Create(_server);
        await using var tx = await backend.BeginTransactionAsync(AccessMode.Write);
        var result = await tx.RunAsync("MERGE (n:Org {id: $id}) RETURN n", new Dictionary<string, object?> { ["id"] = "x" });
        await tx.CommitAsync();

        result.Rows[0][0].ShouldBeOfType<Node>().ElementId.ShouldBe("4:x:7");
        _server.RequestsTo(F.TxPath).Single().Json.GetProperty("accessMode").GetString().ShouldBe("Write");
        _server.RequestsTo(F.TxPath + "/a3f").Single().Header("neo4j-cluster-affinity").ShouldBe("MTAuMC4wLjE6NzQ3NA==");
        _server.RequestsTo(F.TxPath + "/a3f/commit").Single().Header("neo4j-cluster-affinity").ShouldBe("MTAuMC4wLjE6NzQ3NA==");
        _server.RequestsTo(F.TxPath + "/a3f").ShouldAllBe(r => r.Method != HttpMethod.Delete);
    }

    [Fact]
    public async Task CommitAsync_Bookmarks_ArePassedToTheNextRead()
    {
        using var backend = BackendFactory.Create(_server);
        await using (var tx = await backend.BeginTransactionAsync(AccessMode.Write))
        {
            await tx.RunAsync("MERGE (n:Org {id: 'x'})");
            await tx.CommitAsync();
        }

        await backend.RunAsync(new QueryRequest("MATCH (n:Org {id: 'x'}) RETURN n"));
        _server.RequestsTo(F.QueryPath)[^1].Json.GetProperty("bookmarks")[0].GetString().ShouldBe("FB:committed");
    }

    [Fact]
    public async Task DisposeAsync_WithoutCommit_RollsBack()
    {
        using var backend = BackendFactory.Create(_server);
        await using (var tx = await backend.BeginTransactionAsync(AccessMode.Write))
        {
            await tx.RunAsync("CREATE (n)");
        }

        var rollback = _server.Requests.Single(r => r.Method == HttpMethod.Delete);
        rollback.Path.ShouldBe(F.TxPath + "/a3f");
        rollback.Header("neo4j-cluster-affinity").ShouldBe("MTAuMC4wLjE6NzQ3NA==");
    }

    [Fact]
    public async Task RunAsync_ExpiredTransaction404_IsTransactionNotFoundAndClosesIt()
    {
        _server.On(HttpMethod.Post, F.TxPath + "/a3f", Plain(404, F.TxNotFound));
        using var backend = BackendFactory.Create(_server);
        await using var tx = await backend.BeginTransactionAsync(AccessMode.Read);
        var error = await Should.ThrowAsync<CypherException>(() => tx.RunAsync("RETURN 1"));
        error.Code.ShouldBe(StatusCodes.TransactionNotFound);
        (await Should.ThrowAsync<CypherException>(() => tx.RunAsync("RETURN 1"))).Message.ShouldContain("already committed, rolled back or failed");
        _server.RequestsTo(F.TxPath + "/a3f").Count.ShouldBe(1);
    }

    [Fact]
    public async Task RunAsync_TransientErrorInsideTransaction_IsNotRetriedMidTransaction()
    {
        _server.On(HttpMethod.Post, F.TxPath + "/a3f", Plain(400, F.Deadlock));
        using var backend = BackendFactory.Create(_server);
        await using var tx = await backend.BeginTransactionAsync(AccessMode.Write);
        var error = await Should.ThrowAsync<CypherException>(() => tx.RunAsync("MERGE (n:Org {id: 'x'})"));
        error.IsTransient.ShouldBeTrue();
        _server.RequestsTo(F.TxPath + "/a3f").Count.ShouldBe(1);
    }

    [Fact]
    public async Task ExecuteTransactionAsync_IdempotentUnitHitByDeadlock_IsReplayedFromBeginAfterTheBackOff()
    {
        var time = new SignallingTimeProvider();
        using var backend = BackendFactory.Create(_server, o => o.RetryInitialDelay = TimeSpan.FromSeconds(1), time);
        _server.On(HttpMethod.Post, F.TxPath + "/a3f", Plain(400, F.Deadlock), Typed(202, F.RunInTx));
        var runs = 0;

        var unit = backend.ExecuteTransactionAsync(
            AccessMode.Write,
            async (tx, ct) =>
            {
                runs++;
                return (await tx.RunAsync("MERGE (n:Org {id: 'x'}) RETURN n", cancellationToken: ct)).Rows.Count;
            },
            idempotent: true);

        var delay = await time.WaitForDelayAsync(1);
        delay.ShouldBe(TimeSpan.FromSeconds(1));
        _server.RequestsTo(F.TxPath).Count.ShouldBe(1, "nothing is begun again before the back-off has passed");
        time.Advance(delay);

        (await unit).ShouldBe(1);
        runs.ShouldBe(2);
        _server.RequestsTo(F.TxPath).Count.ShouldBe(2, "the whole unit starts again from begin");
        _server.RequestsTo(F.TxPath + "/a3f/commit").Count.ShouldBe(1, "the deadlocked run is never committed");
    }

    [Fact]
    public async Task ExecuteTransactionAsync_UnitNotIdempotent_IsNotReplayedAfterDeadlock()
    {
        using var backend = BackendFactory.Create(_server);
        _server.On(HttpMethod.Post, F.TxPath + "/a3f", Plain(400, F.Deadlock), Typed(202, F.RunInTx));
        var runs = 0;

        var error = await Should.ThrowAsync<CypherException>(() => backend.ExecuteTransactionAsync(
            AccessMode.Write,
            async (tx, ct) =>
            {
                runs++;
                return await tx.RunAsync("CREATE (n:Org) RETURN n", cancellationToken: ct);
            }));

        error.Code.ShouldBe("Neo.TransientError.Transaction.DeadlockDetected");
        runs.ShouldBe(1);
        _server.RequestsTo(F.TxPath).Count.ShouldBe(1);
        _server.RequestsTo(F.TxPath + "/a3f/commit").ShouldBeEmpty();
    }

    [Fact]
    public async Task ExecuteTransactionAsync_IdempotentUnitWhoseCommitAnswerWasLost_IsReplayed()
    {
        using var backend = BackendFactory.Create(_server);
        _server.On(HttpMethod.Post, F.TxPath + "/a3f/commit", ResetAfterSend(), Typed(202, F.Commit));

        await backend.ExecuteTransactionAsync(AccessMode.Write, (tx, ct) => tx.RunAsync("MERGE (n:Org {id: 'x'})", cancellationToken: ct), idempotent: true);

        _server.RequestsTo(F.TxPath).Count.ShouldBe(2);
        _server.RequestsTo(F.TxPath + "/a3f/commit").Count.ShouldBe(2);
    }

    [Fact]
    public async Task ExecuteTransactionAsync_UnitFailsWithClientError_IsNotReplayedEvenWhenIdempotent()
    {
        using var backend = BackendFactory.Create(_server);
        _server.On(HttpMethod.Post, F.TxPath + "/a3f", Plain(400, F.SyntaxError));

        await Should.ThrowAsync<CypherException>(() => backend.ExecuteTransactionAsync(
            AccessMode.Write, (tx, ct) => tx.RunAsync("MERGE (n:Org {id: 'x'}", cancellationToken: ct), idempotent: true));

        _server.RequestsTo(F.TxPath).Count.ShouldBe(1);
    }

    [Fact]
    public async Task KeepAlive_IdleTransaction_SendsEmptyObjectWithAffinity()
    {
        var time = new SignallingTimeProvider();
        _server.On(HttpMethod.Post, F.TxPath + "/a3f", Typed(202, F.KeepAlive));
        using var backend = BackendFactory.Create(_server, o => o.KeepAliveInterval = TimeSpan.FromSeconds(20), time);
        await using var tx = await backend.BeginTransactionAsync(AccessMode.Write);

        (await time.WaitForDelayAsync(1)).ShouldBe(TimeSpan.FromSeconds(20));
        var before = _server.Requests.Count;
        time.Advance(TimeSpan.FromSeconds(20));
        await _server.WaitForRequestsAsync(before + 1);

        var keepAlive = _server.RequestsTo(F.TxPath + "/a3f").Single();
        keepAlive.Body.ShouldBe("{}");
        keepAlive.Header("neo4j-cluster-affinity").ShouldBe("MTAuMC4wLjE6NzQ3NA==");
    }

    [Fact]
    public async Task BeginTransactionAsync_QueryApiBefore526WithoutLegacy_IsRefusedWithReason()
    {
        _server.WithDiscovery(F.Discovery525NoTx);
        using var backend = BackendFactory.Create(_server);
        var error = await Should.ThrowAsync<CypherException>(() => backend.BeginTransactionAsync(AccessMode.Write));
        error.Message.ShouldContain("5.26");
    }

    [Fact]
    public async Task BeginRunCommit_LegacyEndpoint_UsesTransactionNumberFromLocation()
    {
        _server.WithDiscovery(F.Discovery44)
            .On(HttpMethod.Post, F.LegacyCommitPath, Plain(200, F.LegacyOrg))
            .On(HttpMethod.Post, "/db/neo4j/tx", Plain(201, """{ "results": [], "errors": [], "commit": "http://db1.example:7474/db/neo4j/tx/50/commit" }""", headers: new Dictionary<string, string> { ["Location"] = "http://db1.example:7474/db/neo4j/tx/50" }))
            .On(HttpMethod.Post, "/db/neo4j/tx/50", Plain(200, F.LegacyOrg))
            .On(HttpMethod.Post, "/db/neo4j/tx/50/commit", Plain(200, """{ "results": [], "errors": [], "lastBookmarks": ["FB:l2"] }"""));
        using var backend = BackendFactory.Create(_server);
        await using var tx = await backend.BeginTransactionAsync(AccessMode.Write);
        var result = await tx.RunAsync("MATCH (o:Org) RETURN o, o.name AS name");
        await tx.CommitAsync();
        result.Rows[0][0].ShouldBeOfType<Node>();
        _server.RequestsTo("/db/neo4j/tx/50/commit").Count.ShouldBe(1);
    }
}
