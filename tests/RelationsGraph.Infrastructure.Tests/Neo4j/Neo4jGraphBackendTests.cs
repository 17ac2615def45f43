using RelationsGraph.Core.Backend;
using RelationsGraph.Core.Errors;
using RelationsGraph.Core.Values;
using RelationsGraph.Infrastructure.Neo4j;
using RelationsGraph.Infrastructure.Tests.Neo4j.Fakes;
using static RelationsGraph.Infrastructure.Tests.Neo4j.Fakes.FakeNeo4jServer;
using F = RelationsGraph.Infrastructure.Tests.Neo4j.Fakes.Neo4jFixtures;

namespace RelationsGraph.Infrastructure.Tests.Neo4j;

/// <summary>The adapter against a fake Query API built from the brief's documented shapes (unverified against a live server).</summary>
public sealed class Neo4jGraphBackendTests : IDisposable
{
    private readonly FakeNeo4jServer _server = BackendFactory.Server526();

    public void Dispose() => _server.Dispose();

    private async Task<Neo4jGraphBackend> StartedAsync(Action<Neo4jOptions>? configure = null)
    {
        var backend = BackendFactory.Create(_server, configure);
        await backend.InitializeAsync();
        return backend;
    }

    [Fact]
    public async Task InitializeAsync_Server526_ChoosesQueryApiAndReportsVersion()
    {
        using var backend = BackendFactory.Create(_server);
        var info = await backend.InitializeAsync();
        info.Endpoint.ShouldBe(Neo4jEndpoint.QueryApi);
        info.Version.Text.ShouldBe("5.26.2");
        info.SupportsQueryApiTransactions.ShouldBeTrue();
        _server.Requests[0].Header("Authorization").ShouldBeNull();
        _server.RequestsTo(F.QueryPath).Single().Header("Authorization").ShouldBe("Basic " + Convert.ToBase64String("neo4j:s3cret"u8.ToArray()));
    }

    [Fact]
    public async Task InitializeAsync_2026DiscoveryWithQueryApiKey_ChoosesQueryApi()
    {
        _server.WithDiscovery(F.Discovery2026);
        using var backend = BackendFactory.Create(_server);
        (await backend.InitializeAsync()).Endpoint.ShouldBe(Neo4jEndpoint.QueryApi);
    }

    [Fact]
    public async Task InitializeAsync_Server44_FallsBackToLegacyEndpoint()
    {
        _server.WithDiscovery(F.Discovery44).On(HttpMethod.Post, F.LegacyCommitPath, Plain(200, F.LegacyOrg));
        using var backend = BackendFactory.Create(_server);
        (await backend.InitializeAsync()).Endpoint.ShouldBe(Neo4jEndpoint.Legacy);
        _server.RequestsTo(F.QueryPath).ShouldBeEmpty();
    }

    [Fact]
    public async Task InitializeAsync_NeitherEndpoint_StopsWithMessageSayingSo()
    {
        _server.WithDiscovery(F.DiscoveryNeither);
        using var backend = BackendFactory.Create(_server);
        var error = await Should.ThrowAsync<CypherException>(() => backend.InitializeAsync());
        error.Message.ShouldContain("neither the Query API");
    }

    [Theory]
    [InlineData("dev-SNAPSHOT")]
    [InlineData("")]
    public async Task InitializeAsync_VersionNotReadable_AssumesNeo4j526AndWarns(string version)
    {
        _server.WithDiscovery($$"""{ "query": "http://neo4j.test:7474/db/{databaseName}/query/v2", "neo4j_version": "{{version}}", "neo4j_edition": "community" }""");
        var logs = new LogCapture();
        using var backend = BackendFactory.Create(_server, logger: logs.For<Neo4jGraphBackend>());

        var info = await backend.InitializeAsync();
        await backend.RunAsync(new QueryRequest("RETURN 1", Timeout: TimeSpan.FromSeconds(30)));

        info.Version.IsKnown.ShouldBeFalse();
        info.SupportsTypedJson.ShouldBeTrue();
        info.SupportsQueryApiTransactions.ShouldBeTrue();
        info.SupportsMaxExecutionTime.ShouldBeFalse("nothing newer than 5.26 is assumed");
        _server.RequestsTo(F.QueryPath)[^1].Json.TryGetProperty("maxExecutionTime", out _).ShouldBeFalse();
        var warning = logs.Lines.Where(l => l.Level == Microsoft.Extensions.Logging.LogLevel.Warning).ShouldHaveSingleItem();
        warning.Text.ShouldContain("assuming Neo4j 5.26");
        warning.Text.ShouldContain(version.Length == 0 ? "unknown" : version);
    }

    [Fact]
    public async Task InitializeAsync_KnownVersion_DoesNotWarn()
    {
        var logs = new LogCapture();
        using var backend = BackendFactory.Create(_server, logger: logs.For<Neo4jGraphBackend>());
        await backend.InitializeAsync();
        logs.Lines.ShouldNotContain(l => l.Level == Microsoft.Extensions.Logging.LogLevel.Warning);
        logs.Lines.ShouldContain(l => l.Text.Contains("server 5.26.2"));
    }

    [Fact]
    public async Task InitializeAsync_DiscoveryHidden_ProbesQueryApi()
    {
        _server.On(HttpMethod.Get, "/", Text(404, ""));
        using var backend = BackendFactory.Create(_server);
        (await backend.InitializeAsync()).Endpoint.ShouldBe(Neo4jEndpoint.QueryApi);
    }

    [Fact]
    public async Task InitializeAsync_DiscoveryHiddenAndNoQueryApi_ProbesLegacy()
    {
        _server.On(HttpMethod.Get, "/", Text(404, ""))
            .On(HttpMethod.Post, F.QueryPath, Text(404, ""))
            .On(HttpMethod.Post, F.LegacyCommitPath, Plain(200, F.LegacyOrg));
        using var backend = BackendFactory.Create(_server);
        (await backend.InitializeAsync()).Endpoint.ShouldBe(Neo4jEndpoint.Legacy);
    }

    [Fact]
    public async Task InitializeAsync_Unauthorized_StopsWithMessageNamingCredentials()
    {
        _server.On(HttpMethod.Post, F.QueryPath, Plain(401, F.Unauthorized));
        using var backend = BackendFactory.Create(_server);
        var error = await Should.ThrowAsync<CypherException>(() => backend.InitializeAsync());
        error.Code.ShouldBe(StatusCodes.Unauthorized);
        error.Message.ShouldContain("credentials");
        error.Message.ShouldNotContain("s3cret");
    }

    [Fact]
    public async Task InitializeAsync_UnknownDatabase_StopsWithMessageNamingDatabase()
    {
        _server.On(HttpMethod.Post, F.QueryPath, Plain(404, F.DatabaseNotFound));
        using var backend = BackendFactory.Create(_server);
        var error = await Should.ThrowAsync<CypherException>(() => backend.InitializeAsync());
        error.Code.ShouldBe(StatusCodes.DatabaseNotFound);
        error.Message.ShouldContain("no database 'neo4j'");
    }

    [Fact]
    public async Task InitializeAsync_ServerDown_StopsWithUnreachableMessage()
    {
        _server.On(HttpMethod.Get, "/", Refuse()).On(HttpMethod.Post, F.QueryPath, Refuse());
        using var backend = BackendFactory.Create(_server, o => o.MaxRetryTime = TimeSpan.Zero);
        var error = await Should.ThrowAsync<CypherException>(() => backend.InitializeAsync());
        error.Code.ShouldBe(StatusCodes.ServiceUnavailable);
        error.Message.ShouldContain("did not answer");
    }

    [Fact]
    public async Task RunAsync_TypedAnswer_MapsToCoreValues()
    {
        using var backend = await StartedAsync();
        _server.On(HttpMethod.Post, F.QueryPath, Typed(202, F.OrgAndFunds));
        var result = await backend.RunAsync(new QueryRequest("MATCH (o:Org {id: $id})-[r:FUNDS]->(p:Org) RETURN o, r, p.name AS partner", new Dictionary<string, object?> { ["id"] = "org-17" }));
        result.Columns.ShouldBe(["o", "r", "partner"]);
        result.Rows[0][0].ShouldBeOfType<Node>().Labels.ShouldBe(["Org"]);
        result.Rows[0][1].ShouldBeOfType<Relationship>().StartNodeElementId.ShouldBe("4:9c1e:12");
    }

    [Fact]
    public async Task RunAsync_Request_SendsStatementFirstTypedParametersAndCounters()
    {
        using var backend = await StartedAsync();
        await backend.RunAsync(new QueryRequest("RETURN $id", new Dictionary<string, object?> { ["id"] = 5 }));
        var sent = _server.RequestsTo(F.QueryPath)[^1];
        sent.ContentType.ShouldBe("application/vnd.neo4j.query");
        sent.Header("Accept")!.ShouldStartWith("application/vnd.neo4j.query");
        sent.Body!.ShouldStartWith("{\"statement\":\"RETURN $id\",\"parameters\":");
        sent.Json.GetProperty("parameters").GetProperty("id").GetProperty("_value").GetString().ShouldBe("5");
        sent.Json.GetProperty("includeCounters").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task RunAsync_ReadRequest_SendsAccessModeRead()
    {
        using var backend = await StartedAsync();
        await backend.RunAsync(new QueryRequest("MATCH (n) RETURN n", Mode: AccessMode.Read));
        _server.RequestsTo(F.QueryPath)[^1].Json.GetProperty("accessMode").GetString().ShouldBe("Read");
    }

    [Fact]
    public async Task RunAsync_WriteInReadMode_RaisesAccessModeWithoutRetry()
    {
        using var backend = await StartedAsync();
        _server.On(HttpMethod.Post, F.QueryPath, Plain(400, F.AccessModeError));
        var before = _server.RequestsTo(F.QueryPath).Count;
        var error = await Should.ThrowAsync<CypherException>(() => backend.RunAsync(new QueryRequest("CREATE (n)", Mode: AccessMode.Read)));
        error.Code.ShouldBe(StatusCodes.AccessMode);
        _server.RequestsTo(F.QueryPath).Count.ShouldBe(before + 1);
    }

    [Fact]
    public async Task RunAsync_ReadAfterWrite_CarriesTheWritesBookmark()
    {
        using var backend = await StartedAsync();
        _server.On(HttpMethod.Post, F.QueryPath, Typed(202, F.MergeCounters), Typed(202, F.ReturnOne));
        var write = await backend.RunAsync(new QueryRequest("MERGE (o:Org {id: 'x'})", Mode: AccessMode.Write));
        write.Bookmark.ShouldBe("FB:after-write");
        write.Counters.NodesCreated.ShouldBe(1);
        await backend.RunAsync(new QueryRequest("MATCH (o:Org {id: 'x'}) RETURN o"));
        var read = _server.RequestsTo(F.QueryPath)[^1].Json;
        read.GetProperty("bookmarks")[0].GetString().ShouldBe("FB:after-write");
    }

    [Fact]
    public async Task RunAsync_AcceptedWithRowsThenError_ThrowsTheErrorAndDropsRows()
    {
        using var backend = await StartedAsync();
        _server.On(HttpMethod.Post, F.QueryPath, Typed(202, F.RowsThenError));
        var error = await Should.ThrowAsync<CypherException>(() => backend.RunAsync(new QueryRequest("UNWIND [1, 0] AS x RETURN 1 / x")));
        error.Code.ShouldBe(StatusCodes.ArithmeticError);
    }

    [Fact]
    public async Task RunAsync_TransientErrorAsHttp400_IsRetriedThenSucceeds()
    {
        using var backend = await StartedAsync();
        _server.On(HttpMethod.Post, F.QueryPath, Plain(400, F.Deadlock), Typed(202, F.ReturnOne));
        var before = _server.RequestsTo(F.QueryPath).Count;
        var result = await backend.RunAsync(new QueryRequest("MERGE (a:Actor {id: 'x'})", Mode: AccessMode.Write));
        result.Rows[0][0].ShouldBe(1L);
        _server.RequestsTo(F.QueryPath).Count.ShouldBe(before + 2);
    }

    [Fact]
    public async Task RunAsync_SyntaxError_KeepsCodeAndPosition()
    {
        using var backend = await StartedAsync();
        _server.On(HttpMethod.Post, F.QueryPath, Plain(400, F.SyntaxError));
        var error = await Should.ThrowAsync<CypherException>(() => backend.RunAsync(new QueryRequest("RETRN 1")));
        error.Code.ShouldBe(StatusCodes.SyntaxError);
        (error.Line, error.Column).ShouldBe((1, 1));
    }

    [Fact]
    public async Task RunAsync_BodyNotJson_IsDatabaseErrorNotCrash()
    {
        using var backend = await StartedAsync();
        _server.On(HttpMethod.Post, F.QueryPath, Text(200, "<html>captive portal</html>"));
        var error = await Should.ThrowAsync<CypherException>(() => backend.RunAsync(new QueryRequest("RETURN 1")));
        error.Code.ShouldBe(StatusCodes.UnknownError);
        error.Message.ShouldContain("not JSON");
    }

    [Theory]
    [InlineData(400)]
    [InlineData(404)]
    [InlineData(413)]
    public async Task RunAsync_HtmlClientErrorFromAProxy_IsServiceUnavailableNamingTheStatus(int status)
    {
        using var backend = await StartedAsync(o => o.MaxRetryTime = TimeSpan.Zero);
        _server.On(HttpMethod.Post, F.QueryPath, Text(status, "<html><body>Request rejected</body></html>"));

        var error = await Should.ThrowAsync<CypherException>(() => backend.RunAsync(new QueryRequest("RETURN 1")));

        error.Code.ShouldBe(StatusCodes.ServiceUnavailable);
        error.Message.ShouldContain($"HTTP {status}");
        error.Message.ShouldContain("text/html");
    }

    [Theory]
    [InlineData("""{"data":{"fields":"n","values":[]}}""", "application/vnd.neo4j.query")]
    [InlineData("""{"data":{"fields":["n"],"values":[[{"$type":"Integer","_value":"twelve"}]]}}""", "application/vnd.neo4j.query")]
    [InlineData("""{"data":{"fields":["n"],"values":[[{"$type":"Node","_value":{"_labels":[]}}]]}}""", "application/vnd.neo4j.query")]
    [InlineData("""{"data":{"fields":["n"],"values":[[1]]},"bookmarks":[7]}""", "application/json")]
    [InlineData("""{"data":{"fields":["n"],"values":[[{"$type":"Path","_value":[{"$type":"String","_value":"x"}]}]]}}""", "application/vnd.neo4j.query")]
    public async Task RunAsync_AnswerOfUnexpectedShape_IsWrappedInCypherExceptionNamingTheStatus(string body, string mediaType)
    {
        using var backend = await StartedAsync();
        _server.On(HttpMethod.Post, F.QueryPath, Plain(202, body, mediaType));
        var before = _server.RequestsTo(F.QueryPath).Count;

        var error = await Should.ThrowAsync<CypherException>(() => backend.RunAsync(new QueryRequest("RETURN 1 AS n")));

        error.Code.ShouldBe(StatusCodes.UnknownError);
        error.Message.ShouldContain("HTTP 202");
        error.InnerException.ShouldNotBeNull();
        _server.RequestsTo(F.QueryPath).Count.ShouldBe(before + 1, "an answer that came but cannot be read is not a transient failure");
    }

    [Fact]
    public async Task CommitAsync_BookmarksOfUnexpectedShape_AreWrappedInCypherException()
    {
        using var backend = await StartedAsync();
        _server.On(HttpMethod.Post, F.TxPath, Typed(202, F.Begin))
            .On(HttpMethod.Post, F.TxPath + "/a3f/commit", Typed(202, """{"bookmarks":[7]}"""))
            .On(HttpMethod.Delete, F.TxPath + "/a3f", Plain(200, "{}"));
        await using var tx = await backend.BeginTransactionAsync(AccessMode.Write);

        (await Should.ThrowAsync<CypherException>(() => tx.CommitAsync())).Code.ShouldBe(StatusCodes.UnknownError);
    }

    [Fact]
    public async Task RunAsync_ErrorsEntryThatIsNotAnObject_IsStillACypherException()
    {
        using var backend = await StartedAsync();
        _server.On(HttpMethod.Post, F.QueryPath, Plain(400, """{"errors":["something went wrong"]}"""));
        (await Should.ThrowAsync<CypherException>(() => backend.RunAsync(new QueryRequest("RETURN 1")))).Code.ShouldBe(StatusCodes.UnknownError);
    }

    [Fact]
    public async Task RunAsync_UnauthorizedAfterStart_IsUnauthorized()
    {
        using var backend = await StartedAsync();
        _server.On(HttpMethod.Post, F.QueryPath, Plain(401, F.Unauthorized));
        (await Should.ThrowAsync<CypherException>(() => backend.RunAsync(new QueryRequest("RETURN 1")))).Code.ShouldBe(StatusCodes.Unauthorized);
    }

    [Fact]
    public async Task RunAsync_MaxRows_TruncatesResult()
    {
        using var backend = await StartedAsync();
        _server.On(HttpMethod.Post, F.QueryPath, Plain(202, """{ "data": { "fields": ["a"], "values": [[1],[2],[3]] } }"""));
        var result = await backend.RunAsync(new QueryRequest("UNWIND [1,2,3] AS a RETURN a", MaxRows: 2));
        result.Rows.Count.ShouldBe(2);
        result.Truncated.ShouldBeTrue();
    }

    [Fact]
    public async Task RunAsync_LegacyEndpoint_SendsStatementsAndHeadersAndReadsResults()
    {
        _server.WithDiscovery(F.Discovery44).On(HttpMethod.Post, F.LegacyCommitPath, Plain(200, F.LegacyOrg));
        using var backend = await StartedAsync();
        var result = await backend.RunAsync(new QueryRequest("MATCH (o:Org) RETURN o, o.name AS name", new Dictionary<string, object?> { ["x"] = 1.0 }));
        result.Rows[0][0].ShouldBeOfType<Node>().Labels.ShouldBe(["Org"]);
        var sent = _server.RequestsTo(F.LegacyCommitPath)[^1];
        sent.Header("Access-Mode").ShouldBe("READ");
        sent.Body!.ShouldContain("\"x\":1.0");
        sent.Json.GetProperty("statements")[0].GetProperty("resultDataContents")[1].GetString().ShouldBe("graph");
    }

    [Fact]
    public async Task RunAsync_LegacyErrorsWithHttp200_Throws()
    {
        _server.WithDiscovery(F.Discovery44).On(HttpMethod.Post, F.LegacyCommitPath, Plain(200, F.LegacyOrg), Plain(200, F.LegacyError));
        using var backend = await StartedAsync();
        (await Should.ThrowAsync<CypherException>(() => backend.RunAsync(new QueryRequest("RETURN 1/0")))).Code.ShouldBe(StatusCodes.ArithmeticError);
    }

    [Fact]
    public async Task CheckHealthAsync_Answering_ReportsBackendVersionAndEndpoint()
    {
        using var backend = BackendFactory.Create(_server);
        var health = await backend.CheckHealthAsync();
        health.Healthy.ShouldBeTrue();
        health.Backend.ShouldBe("neo4j");
        health.Version.ShouldBe("5.26.2");
        health.Database.ShouldBe("neo4j");
        health.Endpoint!.ShouldContain("Query API");
    }

    [Fact]
    public async Task CheckHealthAsync_NotAnswering_IsUnhealthyWithReason()
    {
        _server.On(HttpMethod.Get, "/", Refuse()).On(HttpMethod.Post, F.QueryPath, Refuse());
        using var backend = BackendFactory.Create(_server, o => o.MaxRetryTime = TimeSpan.Zero);
        var health = await backend.CheckHealthAsync();
        health.Healthy.ShouldBeFalse();
        health.Detail!.ShouldContain("did not answer");
    }
}
