using System.Net;
using System.Text;
using RelationsGraph.Core.Backend;
using RelationsGraph.Cypher;
using RelationsGraph.Web.Initialization;
using RelationsGraph.Web.Tests.Editing;
using RelationsGraph.Web.Tests.Import;
using RelationsGraph.Web.Tests.Infrastructure;

namespace RelationsGraph.Web.Tests.Export;

/// <summary>Export, then import into an empty store: the same graph comes back.</summary>
public sealed class RoundTripTests
{
    // Floats, tiny numbers, partial dates, quoted text with line breaks and commas, and evidence from an import.
    private const string AidCsv = "donor,month,total,note\nsouth-korea,2023-03,0.002645,\"first, \"\"quoted\"\"\nsecond line\"\nunited-states,2022,1e-7,plain\n";

    private static readonly object AidMapping = new
    {
        target = "ties",
        source = new { id = "round-trip-aid", title = "Round-trip aid", published = "2024", reliability = "A", url = "https://example.org/aid" },
        tie = new
        {
            type = new { @fixed = "AID" },
            from = new { column = "donor" },
            to = new { @fixed = "ukraine" },
            status = new { @fixed = "reported" },
            phase = new { @fixed = "announced" },
            validFrom = new { column = "month" },
            confidence = new { @fixed = "70" },
            summary = new { column = "note" },
            properties = new Dictionary<string, object> { ["amount"] = new { column = "total" }, ["currency"] = new { @fixed = "EUR" } },
        },
    };

    private static async Task<ImportClient> SourceStoreAsync(ExplorerFactory factory)
    {
        var client = await ImportClient.CreateAsync(factory);
        (await client.ImportAsync("aid.csv", AidCsv, AidMapping)).Str("state").ShouldBe("succeeded");
        var actors = new { target = "actors", actor = new { id = new { column = "id" }, name = new { column = "name" }, kind = new { @fixed = "state" }, properties = new Dictionary<string, object> { ["cowCode"] = new { column = "code" } } } };
        (await client.ImportAsync("codes.csv", "id,name,code\nround-trip-land,Round Trip Land,9990\n", actors)).Str("state").ShouldBe("succeeded");

        // A tie judged again twice through the API: its history has six entries (status, phase and confidence when
        // it was made, then status and confidence, then phase).
        var judged = (await client.Http.SendOkAsync(HttpMethod.Post, "/api/ties", new { type = "AID", source = "united-states", target = "ukraine", status = "reported", phase = "announced", confidence = 40 }, HttpStatusCode.Created)).Str("id");
        await client.Http.SendOkAsync(HttpMethod.Put, $"/api/ties/{judged}", new { status = "confirmed", phase = "announced", confidence = 80, version = 1 }, HttpStatusCode.OK);
        await client.Http.SendOkAsync(HttpMethod.Put, $"/api/ties/{judged}", new { status = "confirmed", phase = "in-force", confidence = 80, version = 2 }, HttpStatusCode.OK);
        (await client.Http.GetJsonAsync($"/api/ties/{judged}/history")).Items("changes").Count().ShouldBe(6);

        // What the edit forms leave on what they change: a version, who and when.
        foreach (var edit in new[]
        {
            "MATCH ()-[r:SANCTIONS {id: 'south-korea-sanctions-russia'}]->() SET r.version = 3, r.recordedBy = 'editor', r.recordedAt = date('2025-02-03')",
            "MATCH (a:Actor {id: 'russia'}) SET a.version = 2, a.recordedBy = 'editor', a.recordedAt = date('2025-02-03')",
            "MATCH (s:Source {id: 'seed-report'}) SET s.version = 2, s.recordedBy = 'editor', s.recordedAt = date('2025-02-03')",
            "MATCH (e:Evidence {id: 'ev-troops-nis'}) SET e.version = 4, e.recordedBy = 'editor', e.recordedAt = date('2025-02-03')",
        })
        {
            await client.Backend.RunAsync(new Core.Backend.QueryRequest(edit, Mode: Core.Backend.AccessMode.Write));
        }

        return client;
    }

    [Fact]
    public async Task GraphJson_IntoAnEmptyStore_GivesTheSameGraph()
    {
        using var from = new ExplorerFactory();
        var source = await SourceStoreAsync(from);
        var expected = await GraphDump.ReadAsync(source.Backend);
        var json = await source.Http.GetStringAsync(new Uri("/api/export/graph.json", UriKind.Relative));

        using var to = new ExplorerFactory();
        var target = await ImportClient.CreateAsync(to);
        await target.ClearAsync();
        var upload = await target.UploadAsync("graph.json", json);
        upload.Str("format").ShouldBe("graph");
        var job = await target.RunAsync(upload.Str("id"), dryRun: false);
        job.Str("state").ShouldBe("succeeded", job.ToString());
        job.GetProperty("counts").GetProperty("reject").GetInt32().ShouldBe(0);
        var actual = await GraphDump.ReadAsync(target.Backend);
        expected["history"].Count.ShouldBe(6);
        actual.ShouldMatch(expected, "actors", "ties", "evidence", "history");
        job.GetProperty("counts").GetProperty("historyCreated").GetInt32().ShouldBe(6);

        // The one addition is the import's own record, a Source named after the file.
        var importSource = job.Str("sourceId");
        importSource.ShouldStartWith("import-graph-");
        actual["sources"].Where(s => !s.StartsWith($"str {importSource} |", StringComparison.Ordinal)).ShouldBe(expected["sources"]);

        var again = await target.RunAsync(upload.Str("id"), dryRun: false);
        again.GetProperty("counts").GetProperty("noChanges").GetBoolean().ShouldBeTrue(again.ToString());
        (await GraphDump.ReadAsync(target.Backend))["history"].ShouldBe(expected["history"], "reading the file again adds no history entry twice");
    }

    [Fact]
    public async Task GraphJson_HistoryOfATieNeitherInTheFileNorTheStore_IsRejected()
    {
        using var factory = new ExplorerFactory();
        var client = await ImportClient.CreateAsync(factory);
        const string json = """
            {"format":"relationsgraph","version":1,"actors":[],"ties":[],"history":[
              {"tieId":"north-korea-troops-russia","at":"2025-02-03T10:00:00Z","by":"editor","field":"confidence","from":60,"to":90,"version":2},
              {"tieId":"no-such-tie","at":"2025-02-03T10:00:00Z","by":"editor","field":"status","from":"reported","to":"confirmed","version":2},
              {"tieId":"north-korea-troops-russia","at":"2025-02-04T10:00:00Z","by":"editor","field":"mood","version":3}
            ]}
            """;
        var job = await client.RunAsync((await client.UploadAsync("graph.json", json)).Str("id"), dryRun: false, skipRejected: true);
        job.Str("state").ShouldBe("succeeded", job.ToString());
        var rejected = await client.RowsAsync(job, "reject");
        rejected.Select(r => string.Join("; ", r.Items("reasons").Select(x => x.GetString()))).ShouldBe(
            ["it is the history of the tie 'no-such-tie', which is neither in the file nor in the store", "the field must be one of status, phase, confidence"],
            ignoreOrder: true);
        var history = (await client.Http.GetJsonAsync("/api/ties/north-korea-troops-russia/history")).Items("changes").ToList();
        var entry = history.ShouldHaveSingleItem();
        entry.Str("by").ShouldBe("editor");
        entry.GetProperty("from").GetInt64().ShouldBe(60);
        entry.GetProperty("to").GetInt64().ShouldBe(90);
    }

    [Fact]
    public async Task GraphCypher_RunOnAnEmptyEngine_KeepsTheTieHistory()
    {
        using var from = new ExplorerFactory();
        var source = await SourceStoreAsync(from);
        var expected = await GraphDump.ReadAsync(source.Backend);
        var script = await source.Http.GetStringAsync(new Uri("/api/export/graph.cypher", UriKind.Relative));
        using var engine = new CypherEngine(new CypherEngineOptions { DefaultTimeout = TimeSpan.FromMinutes(1) });
        var statements = CypherScript.Split(script);
        foreach (var statement in statements)
        {
            engine.Execute(new QueryRequest(statement, Mode: AccessMode.Write));
        }

        expected["history"].Count.ShouldBe(6);
        var actual = await GraphDump.ReadAsync(q => Task.FromResult(engine.Execute(new QueryRequest(q, MaxRows: 1_000_000))));
        actual.ShouldMatch(expected);
        foreach (var statement in statements.Where(s => !s.StartsWith("CREATE", StringComparison.Ordinal)))
        {
            engine.Execute(new QueryRequest(statement, Mode: AccessMode.Write)).Counters.NodesCreated.ShouldBe(0);
        }
    }

    [Fact]
    public async Task ActorsAndTiesCsv_IntoAnEmptyStore_GiveTheSameActorsAndTies()
    {
        using var from = new ExplorerFactory();
        var source = await SourceStoreAsync(from);
        var expected = await GraphDump.ReadAsync(source.Backend);
        var actorsCsv = await source.Http.GetByteArrayAsync(new Uri("/api/export/actors.csv", UriKind.Relative));
        var tiesCsv = await source.Http.GetByteArrayAsync(new Uri("/api/export/ties.csv", UriKind.Relative));

        using var to = new ExplorerFactory();
        var target = await ImportClient.CreateAsync(to);
        await target.ClearAsync();
        var actors = await target.RunAsync((await target.UploadAsync("actors.csv", actorsCsv)).Str("id"), preset: "relationsgraph-actors", dryRun: false);
        actors.Str("state").ShouldBe("succeeded", actors.ToString());
        var ties = await target.RunAsync((await target.UploadAsync("ties.csv", tiesCsv)).Str("id"), preset: "relationsgraph-ties", dryRun: false);
        ties.Str("state").ShouldBe("succeeded", ties.ToString());
        ties.GetProperty("counts").GetProperty("tiesCreated").GetInt32().ShouldBe(expected["ties"].Count);
        (await GraphDump.ReadAsync(target.Backend)).ShouldMatch(expected, "actors", "ties");
        (await target.CountAsync("MATCH (e:Evidence) RETURN count(e) AS n")).ShouldBe(0, "reading an export back adds no evidence of its own");
    }

    [Fact]
    public async Task TiesCsv_AfterEditsInTheTarget_UpdatesThemBack()
    {
        using var from = new ExplorerFactory();
        var source = await SourceStoreAsync(from);
        var tiesCsv = Encoding.UTF8.GetString(await source.Http.GetByteArrayAsync(new Uri("/api/export/ties.csv", UriKind.Relative)));
        await source.Backend.RunAsync(new Core.Backend.QueryRequest("MATCH ()-[r:SANCTIONS {id: 'south-korea-sanctions-russia'}]->() SET r.status = 'denied'", Mode: Core.Backend.AccessMode.Write));
        var job = await source.ImportAsync("ties.csv", tiesCsv, preset: "relationsgraph-ties", dryRun: true);
        var update = (await source.RowsAsync(job, "update")).Single();
        update.Str("id").ShouldBe("south-korea-sanctions-russia");
        update.Items("changes").Single().GetString().ShouldBe("status: denied → confirmed");
    }
}
