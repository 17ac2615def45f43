using System.Net;
using Microsoft.Extensions.DependencyInjection;
using RelationsGraph.Web.Queries;
using RelationsGraph.Web.Tests.Infrastructure;

namespace RelationsGraph.Web.Tests.Queries;

[Collection(QueriesAppCollection.Name)]
public sealed class QueriesApiTests(QueriesApp app)
{
    private const string AccessModeCode = "Neo.ClientError.Statement.AccessMode";
    private const string SyntaxErrorCode = "Neo.ClientError.Statement.SyntaxError";

    [Fact]
    public async Task List_Library_HasEveryFileWithItsTypedParameters()
    {
        var list = await app.Client.GetJsonAsync("/api/queries");
        var byId = list.EnumerateArray().ToDictionary(q => q.Str("id"));
        byId.Count.ShouldBeGreaterThanOrEqualTo(15);
        var paths = byId["paths-between"];
        paths.Str("origin").ShouldBe("library");
        paths.Str("name").ShouldBe("Paths between two actors");
        var parameters = paths.GetProperty("parameters").EnumerateArray().ToList();
        parameters.Select(p => p.Str("name")).ShouldBe(["from", "to", "maxLength"]);
        parameters.Select(p => p.Str("type")).ShouldBe(["actor", "actor", "integer"]);
        parameters[2].GetProperty("default").GetInt32().ShouldBe(3);
    }

    [Fact]
    public async Task List_ByTagAndSearch_FiltersTheLibrary()
    {
        var sanctions = await app.Client.GetJsonAsync("/api/queries?tag=sanctions");
        sanctions.EnumerateArray().Select(q => q.Str("id")).ShouldBe(["aid-one-sanction-other", "sanctioners-of-actor"], ignoreOrder: true);
        var search = await app.Client.GetJsonAsync("/api/queries?q=deni");
        search.EnumerateArray().Select(q => q.Str("id")).ShouldContain("denied-ties");
    }

    [Fact]
    public async Task Get_LibraryQuery_ReturnsItsText()
    {
        var query = await app.Client.GetJsonAsync("/api/queries/sanctioners-of-actor");
        query.Str("query").ShouldContain("MATCH (s:Actor)-[tie:SANCTIONS]->(t:Actor {id: $target})");
        query.GetProperty("tags").EnumerateArray().Select(t => t.GetString()).ShouldContain("sanctions");
    }

    [Fact]
    public async Task Get_UnknownId_Is404WithTheStoreCode()
    {
        var problem = await app.Client.GetProblemAsync("/api/queries/no-such-query", HttpStatusCode.NotFound);
        problem.Str("code").ShouldBe("Neo.ClientError.Statement.EntityNotFound");
    }

    [Fact]
    public async Task Save_Edit_Rename_Delete_KeepsTheQueryInTheStore()
    {
        var saved = await app.Client.PostJsonAsync("/api/queries", new
        {
            name = "Pacts of an actor",
            description = "Defense pacts of one actor",
            tags = new[] { "defense", "mine" },
            query = "MATCH (a:Actor {id: $actor})-[p:DEFENSE_PACT]-(b:Actor) RETURN b.name AS partner, p",
            parameters = new object[] { new { name = "actor", type = "actor", @default = "russia", description = "The actor" } },
        }, HttpStatusCode.Created);
        var id = saved.Str("id");
        id.ShouldStartWith("user-");
        saved.Str("origin").ShouldBe("user");
        saved.Str("createdAt").ShouldNotBeEmpty();

        var stored = await app.Factory.Services.GetRequiredService<Core.Backend.IGraphBackend>().RunAsync(
            new Core.Backend.QueryRequest("MATCH (q:SavedQuery {id: $id}) RETURN q.name AS name", new Dictionary<string, object?> { ["id"] = id }));
        stored.Rows.Single()[0].ShouldBe("Pacts of an actor");

        var run = await app.Client.RunSavedAsync(id);
        run.Strings("partner").ShouldBe(["North Korea"]);
        var run2 = await app.Client.RunSavedAsync(id, new { actor = "north-korea" });
        run2.Strings("partner").ShouldBe(["Russia"]);

        var renamed = await app.Client.SendJsonAsync(HttpMethod.Put, $"/api/queries/{id}", new
        {
            name = "Defense partners",
            tags = new[] { "defense" },
            query = "MATCH (a:Actor {id: $actor})-[:DEFENSE_PACT]-(b:Actor) RETURN count(b) AS partners",
            parameters = new object[] { new { name = "actor", type = "actor", required = true } },
        });
        renamed.Str("name").ShouldBe("Defense partners");
        renamed.Str("createdAt").ShouldBe(saved.Str("createdAt"));
        (await app.Client.GetJsonAsync("/api/queries?tag=mine")).GetArrayLength().ShouldBe(0);
        (await app.Client.GetJsonAsync($"/api/queries/{id}")).Str("query").ShouldContain("count(b)");
        var problem = await app.Client.RunSavedAsync(id, expected: HttpStatusCode.BadRequest);
        problem.Str("code").ShouldBe("Neo.ClientError.Statement.ParameterMissing");

        await app.Client.SendJsonAsync(HttpMethod.Delete, $"/api/queries/{id}", null, HttpStatusCode.NoContent);
        await app.Client.GetProblemAsync($"/api/queries/{id}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Save_SyntaxError_IsRefusedWithLineAndColumnAndNothingIsStored()
    {
        var before = (await app.Client.GetJsonAsync("/api/queries")).GetArrayLength();
        var problem = await app.Client.PostJsonAsync("/api/queries", new
        {
            name = "Broken",
            query = "MATCH (a:Actor)\nRETRUN a",
        }, HttpStatusCode.BadRequest);
        problem.Str("code").ShouldBe(SyntaxErrorCode);
        problem.GetProperty("line").GetInt32().ShouldBe(2);
        problem.GetProperty("column").GetInt32().ShouldBe(1);
        // The message names the same place as the fields (the check's EXPLAIN prefix must not show through).
        problem.Str("detail").ShouldContain("(line 2, column 1 (offset: 16))");
        (await app.Client.GetJsonAsync("/api/queries")).GetArrayLength().ShouldBe(before);
    }

    [Fact]
    public async Task Save_SemanticErrorOnTheFirstLine_MessageAndFieldsAgree()
    {
        var problem = await app.Client.PostJsonAsync("/api/queries", new { name = "Unbound", query = "MATCH (a:Actor) RETURN b" }, HttpStatusCode.BadRequest);
        problem.GetProperty("line").GetInt32().ShouldBe(1);
        problem.GetProperty("column").GetInt32().ShouldBe(24);
        problem.Str("detail").ShouldContain("(line 1, column 24 (offset: 23))");
    }

    [Theory]
    [InlineData("[null]", "parameters[0]")]
    [InlineData("[{\"name\": \"actor\", \"type\": \"actor\"}, null]", "parameters[1]")]
    [InlineData("[{\"name\": null, \"type\": \"actor\"}]", "name")]
    [InlineData("[{\"name\": \"actor\", \"type\": null}]", "type")]
    [InlineData("[{\"name\": \"actor\"}]", "type")]
    public async Task Save_NullParameterDeclarationOrField_Is400SayingWhich(string parameters, string mentioned)
    {
        var before = (await app.Client.GetJsonAsync("/api/queries")).GetArrayLength();
        using var body = new StringContent(
            $"{{\"name\": \"Nulls\", \"query\": \"RETURN 1 AS one\", \"parameters\": {parameters}}}", System.Text.Encoding.UTF8, "application/json");
        using var response = await app.Client.PostAsync(new Uri("/api/queries", UriKind.Relative), body);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, text);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        text.ShouldNotContain("   at ", customMessage: "a stack trace leaked");
        var problem = System.Text.Json.JsonDocument.Parse(text).RootElement;
        problem.Str("code").ShouldBe("Neo.ClientError.Request.Invalid");
        text.ShouldContain(mentioned, Case.Insensitive);
        (await app.Client.GetJsonAsync("/api/queries")).GetArrayLength().ShouldBe(before);
    }

    [Fact]
    public async Task Save_NullTag_IsDroppedAndTheRestKept()
    {
        using var body = new StringContent(
            "{\"name\": \"Null tag\", \"tags\": [null, \"kept\"], \"query\": \"RETURN 1 AS one\"}", System.Text.Encoding.UTF8, "application/json");
        using var response = await app.Client.PostAsync(new Uri("/api/queries", UriKind.Relative), body);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Created, text);
        var saved = System.Text.Json.JsonDocument.Parse(text).RootElement;
        saved.GetProperty("tags").EnumerateArray().Select(t => t.GetString()).ShouldBe(["kept"]);
        await app.Client.SendJsonAsync(HttpMethod.Delete, $"/api/queries/{saved.Str("id")}", null, HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Run_RequiredParameterSentAsNull_IsParameterMissingNamingIt()
    {
        var saved = await app.Client.PostJsonAsync("/api/queries", new
        {
            name = "Required actor",
            query = "MATCH (a:Actor {id: $who}) RETURN a.name AS name",
            parameters = new object[] { new { name = "who", type = "actor", required = true } },
        }, HttpStatusCode.Created);
        var id = saved.Str("id");
        try
        {
            var problem = await app.Client.RunSavedAsync(id, new Dictionary<string, object?> { ["who"] = null }, HttpStatusCode.BadRequest);
            problem.Str("code").ShouldBe("Neo.ClientError.Statement.ParameterMissing");
            problem.Str("detail").ShouldContain("'who'");
            (await app.Client.RunSavedAsync(id, new { who = "russia" })).Strings("name").ShouldBe(["Russia"]);
        }
        finally
        {
            await app.Client.SendJsonAsync(HttpMethod.Delete, $"/api/queries/{id}", null, HttpStatusCode.NoContent);
        }
    }

    [Fact]
    public async Task List_MalformedSavedQueryNodes_AreLeftOutWithAWarningAndTheRestListed()
    {
        var logs = new CapturingLoggerProvider();
        using var factory = new ExplorerFactory(null, "Development", services => services.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(logs));
        using var client = await factory.ClientAsync(TestUsers.Analyst);
        var good = await client.PostJsonAsync("/api/queries", new { name = "Good one", query = "RETURN 1 AS one" }, HttpStatusCode.Created);
        var backend = factory.Services.GetRequiredService<Core.Backend.IGraphBackend>();
        // Shapes an Admin console write can leave behind: an id that is no text, parameters that are no JSON list.
        await backend.RunAsync(new Core.Backend.QueryRequest(
            """
            CREATE (:SavedQuery {id: 42, name: 'Zqx number id', query: 'RETURN 1'}),
                   (:SavedQuery {id: 'user-badjson', name: 'Bad JSON', query: 'RETURN 1', parameters: '{not json'}),
                   (:SavedQuery {id: 'user-nullparam', name: 'Null declaration', query: 'RETURN 1', parameters: '[null]'}),
                   (:SavedQuery {id: 'user-listparam', name: 'List parameters', query: 'RETURN 1', parameters: ['a']})
            """,
            Mode: Core.Backend.AccessMode.Write));

        var ids = (await client.GetJsonAsync("/api/queries")).EnumerateArray().Select(q => q.Str("id")).ToList();
        ids.ShouldContain(good.Str("id"));
        ids.ShouldContain("sanctioners-of-actor");
        ids.ShouldNotContain("user-badjson");
        ids.ShouldNotContain("user-nullparam");
        ids.ShouldNotContain("user-listparam");
        (await client.GetJsonAsync("/api/queries?q=Zqx")).GetArrayLength().ShouldBe(0);
        await client.GetProblemAsync("/api/queries/user-badjson", HttpStatusCode.NotFound);
        logs.Text.ShouldContain("The saved query user-badjson in the store is left out");
        logs.Text.ShouldContain("The saved query 42 in the store is left out");
        // A damaged node can still be deleted.
        await client.SendJsonAsync(HttpMethod.Delete, "/api/queries/user-badjson", null, HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Cypher_MoreElementsThanTheGraphCap_IsCutAndSaysSo()
    {
        const int cap = 5;
        using var factory = new ExplorerFactory(null, "Development", services => services.Configure<QueryConsoleOptions>(o => o.MaxGraphElements = cap));
        using var client = await factory.ClientAsync(TestUsers.Analyst);
        var run = await client.PostJsonAsync("/api/cypher", new { query = "MATCH (a:Actor)-[t]->(b:Actor) RETURN a, t, b" });
        var graph = run.GetProperty("graph");
        graph.GetProperty("truncated").GetBoolean().ShouldBeTrue();
        (graph.GetProperty("nodes").GetArrayLength() + graph.GetProperty("edges").GetArrayLength()).ShouldBe(cap);
        run.GetProperty("truncated").GetBoolean().ShouldBeFalse("the rows were not cut, only the drawing");
        run.RowCount().ShouldBe(20);
        run.GetProperty("messages").EnumerateArray().Select(m => m.GetString()).ShouldContain($"The graph shows the first {cap} nodes and relationships of the result; the table has them all.");

        var small = await client.PostJsonAsync("/api/cypher", new { query = "MATCH (a:Actor {id: 'russia'}) RETURN a" });
        small.GetProperty("graph").GetProperty("truncated").GetBoolean().ShouldBeFalse();
        small.GetProperty("messages").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Save_WriteQuery_IsCheckedWithoutRunningIt()
    {
        var saved = await app.Client.PostJsonAsync("/api/queries", new
        {
            name = "Mark an actor",
            query = "MATCH (a:Actor {id: $actor}) SET a.marked = true RETURN a",
            parameters = new object[] { new { name = "actor", type = "actor", required = true } },
        }, HttpStatusCode.Created);
        var marked = await app.Client.PostJsonAsync("/api/cypher", new { query = "MATCH (a:Actor) WHERE a.marked RETURN count(a) AS n" });
        marked.Column("n")[0].GetInt32().ShouldBe(0);
        await app.Client.SendJsonAsync(HttpMethod.Delete, $"/api/queries/{saved.Str("id")}", null, HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Edit_LibraryQuery_IsRefused()
    {
        var problem = await app.Client.SendJsonAsync(HttpMethod.Put, "/api/queries/denied-ties", new { name = "x", query = "RETURN 1" }, HttpStatusCode.BadRequest);
        problem.Str("detail").ShouldContain("library");
        await app.Client.SendJsonAsync(HttpMethod.Delete, "/api/queries/denied-ties", null, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Run_WithParameters_ReturnsColumnsRowsGraphCountersAndElapsed()
    {
        var run = await app.Client.RunSavedAsync("sanctioners-of-actor", new { target = "russia" });
        run.GetProperty("columns").EnumerateArray().Select(c => c.GetString()).ShouldBe(["sender", "status", "phase", "since", "s", "tie", "t"]);
        run.GetProperty("counters").GetProperty("nodesCreated").GetInt32().ShouldBe(0);
        run.GetProperty("elapsedMs").GetInt64().ShouldBeGreaterThanOrEqualTo(0);
        run.GetProperty("truncated").GetBoolean().ShouldBeFalse();
        var tie = run.Column("tie")[0];
        tie.Str("type").ShouldBe("SANCTIONS");
        tie.GetProperty("properties").Str("validFrom").ShouldBe("2022-01-01");
        run.Column("sender").ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Run_BadParameterValues_AreRefusedBeforeRunning()
    {
        (await app.Client.RunSavedAsync("defense-pacts-as-of", new { asOf = "June 2024" }, HttpStatusCode.BadRequest)).Str("detail").ShouldContain("date");
        (await app.Client.RunSavedAsync("ties-by-status", new { status = "rumoured" }, HttpStatusCode.BadRequest)).Str("detail").ShouldContain("rumoured");
        (await app.Client.RunSavedAsync("most-connected", new { tieType = "SANCTIONS", nope = 1 }, HttpStatusCode.BadRequest)).Str("detail").ShouldContain("nope");
    }

    [Fact]
    public async Task Cypher_ParametersArePassedNotSpliced()
    {
        var run = await app.Client.PostJsonAsync("/api/cypher", new { query = "RETURN $text AS text, $n + 1 AS next, $big AS big", parameters = new { text = "x' RETURN 1 //", n = 41, big = 9007199254740993 } });
        run.Strings("text").ShouldBe(["x' RETURN 1 //"]);
        run.Column("next")[0].GetInt32().ShouldBe(42);
        run.Column("big")[0].ValueKind.ShouldBe(System.Text.Json.JsonValueKind.String, run.GetRawText());
        run.Column("big")[0].GetString().ShouldBe("9007199254740993");
    }

    [Fact]
    public async Task Cypher_PathsAndNodesInAnyColumn_AreDrawn()
    {
        var run = await app.Client.PostJsonAsync("/api/cypher", new
        {
            query = "MATCH p = (:Actor {id: 'kim-yo-jong'})-[:FAMILY]-(:Actor) MATCH (r:Actor {id: 'russia'}) RETURN {path: p} AS wrapped, [r] AS list",
        });
        var nodes = run.GetProperty("graph").Data("nodes").Select(n => n.Str("id")).ToList();
        nodes.ShouldBe(["kim-yo-jong", "kim-jong-un", "russia"], ignoreOrder: true);
        run.GetProperty("graph").Data("edges").Single().Str("id").ShouldBe("kim-yo-jong-family-kim-jong-un");
    }

    [Fact]
    public async Task Cypher_RelationshipAlone_IsDrawnWithItsEnds()
    {
        var run = await app.Client.PostJsonAsync("/api/cypher", new { query = "MATCH ()-[r:LEADS]->() RETURN r" });
        run.GetProperty("graph").Data("nodes").Select(n => n.Str("id")).ShouldBe(["kim-jong-un", "north-korea"], ignoreOrder: true);
        run.GetProperty("graph").Data("edges").Single().Str("source").ShouldBe("kim-jong-un");
    }

    [Fact]
    public async Task Cypher_SyntaxError_HasCodeMessageAndPosition()
    {
        var problem = await app.Client.PostJsonAsync("/api/cypher", new { query = "MATCH (n)\nRETURN n ORDER BYY n" }, HttpStatusCode.BadRequest);
        problem.Str("code").ShouldBe(SyntaxErrorCode);
        problem.Str("detail").ShouldNotBeEmpty();
        problem.GetProperty("line").GetInt32().ShouldBe(2);
        problem.GetProperty("column").GetInt32().ShouldBeGreaterThan(1);
    }

    [Fact]
    public async Task Cypher_MissingParameter_IsParameterMissing()
    {
        var problem = await app.Client.PostJsonAsync("/api/cypher", new { query = "RETURN $absent AS x" }, HttpStatusCode.BadRequest);
        problem.Str("code").ShouldBe("Neo.ClientError.Statement.ParameterMissing");
    }

    [Fact]
    public async Task Cypher_WriteInReadMode_IsRefusedBeforeAnythingChanges()
    {
        var problem = await app.Client.PostJsonAsync("/api/cypher", new { query = "CREATE (n:Scratch {id: 'read-mode'}) RETURN n" }, HttpStatusCode.BadRequest);
        problem.Str("code").ShouldBe(AccessModeCode);
        var count = await app.Client.PostJsonAsync("/api/cypher", new { query = "MATCH (n:Scratch {id: 'read-mode'}) RETURN count(n) AS n" });
        count.Column("n")[0].GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task Cypher_WriteAskedFor_RunsAndCountsTheChanges()
    {
        var run = await app.Admin.PostJsonAsync("/api/cypher", new { query = "CREATE (n:Scratch {id: 'write-mode'}) RETURN n", write = true });
        run.GetProperty("counters").GetProperty("nodesCreated").GetInt32().ShouldBe(1);
        run.GetProperty("graph").Data("nodes").Single().Str("label").ShouldBe("write-mode");
        await app.Admin.PostJsonAsync("/api/cypher", new { query = "MATCH (n:Scratch {id: 'write-mode'}) DELETE n", write = true });
    }

    [Fact]
    public async Task Cypher_MoreRowsThanTheCap_IsCutAndSaysSo()
    {
        var run = await app.Client.PostJsonAsync("/api/cypher", new { query = "UNWIND range(1, 1000) AS x RETURN x" });
        run.RowCount().ShouldBe(QueriesApp.MaxRows);
        run.GetProperty("truncated").GetBoolean().ShouldBeTrue();
        run.GetProperty("messages").EnumerateArray().Single().GetString()!.ShouldContain($"{QueriesApp.MaxRows} rows");
        var exact = await app.Client.PostJsonAsync("/api/cypher", new { query = $"UNWIND range(1, {QueriesApp.MaxRows}) AS x RETURN x" });
        exact.GetProperty("truncated").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Cypher_TemporalAndSpecialValues_AreWrittenAsText()
    {
        var run = await app.Client.PostJsonAsync("/api/cypher", new { query = "RETURN date('2024-06-01') AS d, duration({months: 2}) AS span, 0.0 / 0.0 AS nan, 1.5 AS f" });
        run.Strings("d").ShouldBe(["2024-06-01"]);
        run.Strings("span").ShouldBe(["P2M"]);
        run.Strings("nan").ShouldBe(["NaN"]);
        run.Column("f")[0].GetDouble().ShouldBe(1.5);
    }

    [Fact]
    public async Task Cypher_WritesSwitchedOff_AreRefused()
    {
        using var factory = new ExplorerFactory(null, "Development", services => services.Configure<QueryConsoleOptions>(o => o.AllowWrites = false));
        using var client = await factory.ClientAsync(TestUsers.Admin);
        var problem = await client.PostJsonAsync("/api/cypher", new { query = "CREATE (n:Scratch) RETURN n", write = true }, HttpStatusCode.BadRequest);
        problem.Str("code").ShouldBe(AccessModeCode);
    }

    [Fact]
    public async Task Cypher_LongerThanTheTimeout_Is504TransactionTimedOut()
    {
        using var factory = new ExplorerFactory(null, "Development", services => services.Configure<QueryConsoleOptions>(o => o.Timeout = TimeSpan.FromMilliseconds(200)));
        using var client = await factory.ClientAsync(TestUsers.Analyst);
        var problem = await client.PostJsonAsync("/api/cypher", new { query = "UNWIND range(1, 100000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n" }, HttpStatusCode.GatewayTimeout);
        problem.Str("code").ShouldBe("Neo.ClientError.Transaction.TransactionTimedOut");
    }

    [Fact]
    public async Task Check_ValidAndBrokenQueries_AnswerNoContentOrThePosition()
    {
        await app.Client.PostJsonAsync("/api/cypher/check", new { query = "MATCH (a:Actor) RETURN a" }, HttpStatusCode.NoContent);
        var problem = await app.Client.PostJsonAsync("/api/cypher/check", new { query = "MATCH (a:Actor)\nRETURN b" }, HttpStatusCode.BadRequest);
        problem.GetProperty("line").GetInt32().ShouldBe(2);
        problem.GetProperty("column").GetInt32().ShouldBe(8);
        problem.Str("detail").ShouldContain("(line 2, column 8 (offset: 23))");
    }
}
