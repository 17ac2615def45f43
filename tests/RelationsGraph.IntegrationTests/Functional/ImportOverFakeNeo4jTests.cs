using System.Text.Json;

namespace RelationsGraph.IntegrationTests.Functional;

/// <summary>
/// An import plans and writes in one explicit transaction of parameterised Cypher, so it behaves the same on the
/// embedded store and through the Neo4j HTTP backend (here against the fake Query API, which holds real engine
/// transactions): the same per-row outcomes, the same writes, an all-or-nothing refusal, and the same exports.
/// </summary>
public sealed class ImportOverFakeNeo4jTests : IDisposable
{
    private const string Actors = "id,name,kind\nimp-a,Import A,state\nimp-b,Import B,organisation\nimp-c,Import C,state\n";

    private const string Ties = "src,dst,type,status,since,amount\nimp-a,imp-b,AID,confirmed,2023-04,1.25\nimp-b,imp-c,SANCTIONS,reported,2024,\nimp-a,imp-a,AID,confirmed,2023,\nimp-a,nowhere,AID,confirmed,2023,\n";

    private static readonly object ActorMapping = new
    {
        target = "actors",
        source = new { id = "neo4j-import-actors" },
        actor = new { id = new { column = "id" }, name = new { column = "name" }, kind = new { column = "kind" } },
    };

    private static readonly object TieMapping = new
    {
        target = "ties",
        source = new { id = "neo4j-import-ties", title = "Ties over both stores" },
        tie = new
        {
            type = new { column = "type" },
            from = new { column = "src" },
            to = new { column = "dst" },
            status = new { column = "status" },
            validFrom = new { column = "since" },
            properties = new Dictionary<string, object> { ["amount"] = new { column = "amount" } },
        },
    };

    private readonly ExplorerApp _embedded = ExplorerApp.OnEmbeddedStore();
    private readonly ExplorerApp _neo4j = ExplorerApp.OnFakeNeo4j();

    public void Dispose()
    {
        _embedded.Dispose();
        _neo4j.Dispose();
    }

    [Fact]
    public async Task ImportWorkflow_OnBothStores_GivesTheSameAnswers()
    {
        var onEmbedded = await WorkflowAsync(_embedded);
        var onNeo4j = await WorkflowAsync(_neo4j);
        onNeo4j.ShouldBe(onEmbedded);
        onEmbedded.ShouldContain("actors: succeeded - create=3 unchanged=0 reject=0 ties=0 evidence=0");
        onEmbedded.ShouldContain("ties refused: failed Neo.ClientError.Request.Invalid create=2 unchanged=0 reject=2 ties=2 evidence=2");
        onEmbedded.ShouldContain("ties: succeeded - create=2 unchanged=0 reject=2 ties=2 evidence=2");
        onEmbedded.ShouldContain("ties again: succeeded - create=0 unchanged=2 reject=2 ties=0 evidence=0");
        onEmbedded.Count(s => s.StartsWith("export ", StringComparison.Ordinal)).ShouldBe(2);
        _neo4j.FakeNeo4j!.TransactionsCommitted.ShouldBeGreaterThanOrEqualTo(3);
        _neo4j.FakeNeo4j.TransactionsRolledBack.ShouldBeGreaterThanOrEqualTo(1, "the refused import rolls its transaction back");
    }

    private static async Task<List<string>> WorkflowAsync(ExplorerApp app)
    {
        using var client = await app.SignedInClientAsync(asAnalyst: true);
        var steps = new List<string>();

        async Task Run(string name, string upload, object mapping, bool dryRun, bool skipRejected = false)
        {
            var (id, job) = await ImportApi.RunAsync(client, upload, mapping, dryRun, skipRejected);
            var counts = job.GetProperty("counts");
            var error = job.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.Object ? e.GetProperty("code").GetString() : "-";
            steps.Add($"{name}: {job.GetProperty("state")} {error} create={counts.GetProperty("create")} unchanged={counts.GetProperty("unchanged")} reject={counts.GetProperty("reject")} ties={counts.GetProperty("tiesCreated")} evidence={counts.GetProperty("evidenceCreated")}");
            var rows = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/imports/{id}/rows?limit=100", UriKind.Relative))).RootElement;
            steps.AddRange(rows.GetProperty("rows").EnumerateArray().Select(r =>
                $"  {r.GetProperty("where")} {r.GetProperty("action")} {r.GetProperty("id")} {string.Join("; ", r.TryGetProperty("reasons", out var why) && why.ValueKind == JsonValueKind.Array ? why.EnumerateArray().Select(x => x.GetString()) : [])}"));
        }

        var actors = await ImportApi.UploadAsync(client, "actors.csv", Actors);
        await Run("actors", actors, ActorMapping, dryRun: false);
        var ties = await ImportApi.UploadAsync(client, "ties.csv", Ties);
        await Run("ties dry run", ties, TieMapping, dryRun: true);
        await Run("ties refused", ties, TieMapping, dryRun: false);
        await Run("ties", ties, TieMapping, dryRun: false, skipRejected: true);
        await Run("ties again", ties, TieMapping, dryRun: false, skipRejected: true);

        var csv = await client.GetStringAsync(new Uri("/api/export/ties.csv", UriKind.Relative));
        steps.AddRange(csv.Split("\r\n").Where(l => l.Contains("imp-", StringComparison.Ordinal)).Select(l => "export " + l).Order(StringComparer.Ordinal));
        return steps;
    }
}
