using System.Text;
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
        actual.ShouldMatch(expected, "actors", "ties", "evidence");

        // The one addition is the import's own record, a Source named after the file.
        var importSource = job.Str("sourceId");
        importSource.ShouldStartWith("import-graph-");
        actual["sources"].Where(s => !s.StartsWith($"str {importSource} |", StringComparison.Ordinal)).ShouldBe(expected["sources"]);

        var again = await target.RunAsync(upload.Str("id"), dryRun: false);
        again.GetProperty("counts").GetProperty("noChanges").GetBoolean().ShouldBeTrue(again.ToString());
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
