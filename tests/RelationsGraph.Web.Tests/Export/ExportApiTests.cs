using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using RelationsGraph.Core.Backend;
using RelationsGraph.Cypher;
using RelationsGraph.Web.Import.Csv;
using RelationsGraph.Web.Initialization;
using RelationsGraph.Web.Tests.Import;
using RelationsGraph.Web.Tests.Infrastructure;

namespace RelationsGraph.Web.Tests.Export;

/// <summary>The exports of the seeded graph (plus an import with floats and partial dates), each checked against the store.</summary>
public sealed class ExportApiTests(ImportApp app) : IClassFixture<ImportApp>
{
    private const string AidCsv = "donor,month,total,military\nsouth-korea,2023-03,0.002645,0\nunited-states,2022-02,1e-7,1.25\n";

    private static readonly object AidMapping = new
    {
        target = "ties",
        source = new { id = "export-test-aid", title = "Aid for the export test", published = "2024-05", reliability = "B" },
        tie = new
        {
            type = new { @fixed = "AID" },
            from = new { column = "donor" },
            to = new { @fixed = "ukraine" },
            status = new { @fixed = "confirmed" },
            validFrom = new { column = "month" },
            properties = new Dictionary<string, object> { ["amount"] = new { column = "total" }, ["amountMilitary"] = new { column = "military" }, ["currency"] = new { @fixed = "EUR" } },
        },
    };

    private ImportClient Client => app.Client;

    private async Task<string> PrepareAsync()
    {
        if (await Client.CountAsync("MATCH (s:Source {id: 'export-test-aid'}) RETURN count(s) AS n") == 0)
        {
            (await Client.ImportAsync("aid.csv", AidCsv, AidMapping)).Str("state").ShouldBe("succeeded");
        }

        return "export-test-aid";
    }

    private async Task<(HttpResponseMessage Response, string Body)> GetAsync(string file)
    {
        await PrepareAsync();
        var response = await Client.Http.GetAsync(new Uri($"/api/export/{file}", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        response.Content.Headers.ContentDisposition.FileName!.Trim('"').ShouldEndWith(file);
        return (response, body);
    }

    [Fact]
    public async Task ActorsCsv_HasEveryActorWithListsAsJson()
    {
        var (response, body) = await GetAsync("actors.csv");
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var records = CsvReader.Read(body).ToList();
        records[0].Fields.Take(6).ShouldBe(["id", "name", "kind", "aliases", "country", "description"]);
        records[0].Fields.ShouldContain("cowCode");
        records.Count.ShouldBe((int)await Client.CountAsync("MATCH (a:Actor) RETURN count(a) AS n") + 1);
        var russia = records.Single(r => r.Fields[0] == "russia").Fields;
        russia[1].ShouldBe("Russia");
        russia[3].ShouldBe("[\"Russian Federation\",\"Moscow\"]");
        russia[4].ShouldBe("RU");
        body.ShouldContain("\r\n");
    }

    [Fact]
    public async Task TiesCsv_HasEveryTieWithDatesPrecisionAndProperties()
    {
        var (_, body) = await GetAsync("ties.csv");
        var records = CsvReader.Read(body).ToList();
        var header = records[0].Fields.ToList();
        header.Take(4).ShouldBe(["id", "type", "source", "target"]);
        header.ShouldContain("amount");
        header.ShouldContain("aidKind");
        records.Count.ShouldBe((int)await Client.CountAsync("MATCH (:Actor)-[r]->(:Actor) RETURN count(r) AS n") + 1);
        string Field(IReadOnlyList<string> row, string column) => row[header.IndexOf(column)];
        var pact = records.Single(r => r.Fields[0] == "north-korea-russia-defense-pact").Fields;
        Field(pact, "type").ShouldBe("DEFENSE_PACT");
        Field(pact, "validFrom").ShouldBe("2024-06-01");
        Field(pact, "validFromPrecision").ShouldBe("month");
        var aid = records.Single(r => r.Fields[1] == "AID" && r.Fields[2] == "south-korea" && Field(r.Fields, "amount").Length > 0).Fields;
        Field(aid, "amount").ShouldBe("0.002645");
        Field(aid, "currency").ShouldBe("EUR");
        Field(records.Single(r => r.Fields[0] == "south-korea-humanitarian-aid-ukraine").Fields, "aidKind").ShouldBe("humanitarian");
    }

    [Fact]
    public async Task GraphJson_HasTheFourSectionsWithTypedValues()
    {
        var (response, body) = await GetAsync("graph.json");
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        var doc = JsonDocument.Parse(body).RootElement;
        doc.Str("format").ShouldBe("relationsgraph");
        doc.GetProperty("version").GetInt32().ShouldBe(1);
        doc.GetProperty("actors").GetArrayLength().ShouldBe((int)await Client.CountAsync("MATCH (a:Actor) RETURN count(a) AS n"));
        doc.GetProperty("evidence").GetArrayLength().ShouldBe((int)await Client.CountAsync("MATCH (e:Evidence) RETURN count(e) AS n"));
        var tie = doc.GetProperty("ties").EnumerateArray().Single(t => t.Str("id") == "north-korea-troops-russia");
        tie.GetProperty("confidence").GetInt32().ShouldBe(60);
        tie.GetProperty("properties").Str("size").ShouldBe("unknown");
        var evidence = doc.GetProperty("evidence").EnumerateArray().First(e => e.Str("tieId") == "north-korea-troops-russia" && e.Str("stance") == "denies");
        evidence.Str("source").ShouldBe("seed-report");
        evidence.Str("by").Length.ShouldBeGreaterThan(0);
        var source = doc.GetProperty("sources").EnumerateArray().Single(s => s.Str("id") == "export-test-aid");
        source.Str("published").ShouldBe("2024-05-01");
        source.Str("publishedPrecision").ShouldBe("month");
    }

    [Fact]
    public async Task GraphMl_DeclaresEveryKeyAndHasEveryActorAndTie()
    {
        var (_, body) = await GetAsync("graph.graphml");
        var doc = XDocument.Parse(body);
        XNamespace g = "http://graphml.graphdrawing.org/xmlns";
        doc.Root!.Name.ShouldBe(g + "graphml");
        var keys = doc.Root.Elements(g + "key").ToDictionary(k => (string)k.Attribute("id")!);
        keys.Values.ShouldAllBe(k => k.Attribute("attr.name") != null && k.Attribute("attr.type") != null);
        doc.Descendants(g + "data").Select(d => (string)d.Attribute("key")!).Distinct().ShouldAllBe(k => keys.ContainsKey(k));
        var nodes = doc.Descendants(g + "node").ToList();
        nodes.Count.ShouldBe((int)await Client.CountAsync("MATCH (a:Actor) RETURN count(a) AS n"));
        var edges = doc.Descendants(g + "edge").ToList();
        edges.Count.ShouldBe((int)await Client.CountAsync("MATCH (:Actor)-[r]->(:Actor) RETURN count(r) AS n"));
        var ids = nodes.Select(n => (string)n.Attribute("id")!).ToHashSet();
        edges.ShouldAllBe(e => ids.Contains((string)e.Attribute("source")!) && ids.Contains((string)e.Attribute("target")!));

        string KeyOf(string owner, string name) => keys.Values.Single(k => (string)k.Attribute("for")! == owner && (string)k.Attribute("attr.name")! == name).Attribute("id")!.Value;
        string? Data(XElement element, string key) => element.Elements(g + "data").SingleOrDefault(d => (string)d.Attribute("key")! == key)?.Value;
        Data(nodes.Single(n => (string)n.Attribute("id")! == "russia"), KeyOf("node", "label")).ShouldBe("Russia");
        var pact = edges.Single(e => Data(e, KeyOf("edge", "tieId")) == "north-korea-russia-defense-pact");
        ((string?)pact.Attribute("directed")).ShouldBe("false");
        Data(pact, KeyOf("edge", "label")).ShouldBe("Defense pact");
        keys[KeyOf("edge", "confidence")].Attribute("attr.type")!.Value.ShouldBe("long");
        keys[KeyOf("edge", "amount")].Attribute("attr.type")!.Value.ShouldBe("double");
        keys[KeyOf("node", "cowCode")].Attribute("attr.type")!.Value.ShouldBe("long");
    }

    [Fact]
    public async Task Cypher_RunOnAnEmptyEngine_RecreatesTheSameGraph()
    {
        var (_, script) = await GetAsync("graph.cypher");
        script.ShouldStartWith("// RelationsGraph export");
        var expected = await GraphDump.ReadAsync(Client.Backend);
        using var engine = new CypherEngine(new CypherEngineOptions { DefaultTimeout = TimeSpan.FromMinutes(1) });
        var statements = CypherScript.Split(script);
        statements.ShouldContain(s => s.StartsWith("CREATE CONSTRAINT actor_id", StringComparison.Ordinal));
        foreach (var statement in statements)
        {
            engine.Execute(new QueryRequest(statement, Mode: AccessMode.Write));
        }

        var actual = await GraphDump.ReadAsync(q => Task.FromResult(engine.Execute(new QueryRequest(q, MaxRows: 1_000_000))));
        actual.ShouldMatch(expected);

        // Running it again changes nothing: every statement MERGEs by id.
        foreach (var statement in statements.Where(s => !s.StartsWith("CREATE", StringComparison.Ordinal)))
        {
            engine.Execute(new QueryRequest(statement, Mode: AccessMode.Write)).Counters.NodesCreated.ShouldBe(0);
        }

        (await GraphDump.ReadAsync(q => Task.FromResult(engine.Execute(new QueryRequest(q, MaxRows: 1_000_000))))).ShouldMatch(expected);
    }

    [Fact]
    public async Task Export_UnknownFile_Is404Problem()
    {
        var problem = await Client.Http.GetProblemAsync("/api/export/graph.xlsx", HttpStatusCode.NotFound);
        problem.Str("detail").ShouldContain("graph.graphml");
    }
}
