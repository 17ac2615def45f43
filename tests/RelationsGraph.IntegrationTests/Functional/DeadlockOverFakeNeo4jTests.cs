using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace RelationsGraph.IntegrationTests.Functional;

/// <summary>
/// A deadlock inside an explicit transaction rolls it back on the server. An idempotent unit of work (an import, an
/// edit guarded by its version) is then run again from begin, once, and its result is there once; a create that
/// picks its id is not idempotent, so it fails with the transient error and nothing is left behind.
/// </summary>
public sealed class DeadlockOverFakeNeo4jTests : IDisposable
{
    private const string Actors = "id,name,kind\ndl-a,Deadlock A,state\ndl-b,Deadlock B,organisation\ndl-c,Deadlock C,state\n";

    private static readonly object ActorMapping = new
    {
        target = "actors",
        source = new { id = "deadlock-import-actors" },
        actor = new { id = new { column = "id" }, name = new { column = "name" }, kind = new { column = "kind" } },
    };

    private readonly ExplorerApp _neo4j = ExplorerApp.OnFakeNeo4j();

    public void Dispose() => _neo4j.Dispose();

    [Fact]
    public async Task Import_DeadlockWhileWriting_IsReplayedOnceFromBeginAndWritesEachActorOnce()
    {
        using var client = await _neo4j.SignedInClientAsync(asAnalyst: true);
        var fake = _neo4j.FakeNeo4j!;
        var upload = await ImportApi.UploadAsync(client, "actors.csv", Actors);
        var (begun, committed, rolledBack) = (fake.TransactionsBegun, fake.TransactionsCommitted, fake.TransactionsRolledBack);
        fake.Deadlock("CREATE (a:Actor)");

        var (_, job) = await ImportApi.RunAsync(client, upload, ActorMapping, dryRun: false);

        job.GetProperty("state").GetString().ShouldBe("succeeded", job.ToString());
        job.GetProperty("counts").GetProperty("create").GetInt32().ShouldBe(3);
        (fake.TransactionsBegun - begun).ShouldBe(2, "the unit ran again from begin");
        (fake.TransactionsRolledBack - rolledBack).ShouldBe(1, "the deadlocked run was rolled back");
        (fake.TransactionsCommitted - committed).ShouldBe(1);
        (await _neo4j.CountAsync("MATCH (a:Actor) WHERE a.id STARTS WITH 'dl-' RETURN count(a) AS n")).ShouldBe(3L);
        (await _neo4j.CountAsync("MATCH (s:Source {id: 'deadlock-import-actors'}) RETURN count(s) AS n")).ShouldBe(1L);
    }

    [Fact]
    public async Task ActorUpdate_Deadlock_IsReplayedOnceAndBumpsTheVersionOnce()
    {
        using var client = await _neo4j.SignedInClientAsync(asAnalyst: true);
        var fake = _neo4j.FakeNeo4j!;
        using (var created = await client.PostAsJsonAsync(new Uri("/api/actors", UriKind.Relative), new { id = "dl-edit", name = "Before", kind = "state" }))
        {
            created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        }

        var begun = fake.TransactionsBegun;
        fake.Deadlock("WITH a WHERE a.version = $version");
        using var response = await client.PutAsJsonAsync(new Uri("/api/actors/dl-edit", UriKind.Relative), new { name = "After", kind = "state", version = 1 });

        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        using var json = JsonDocument.Parse(body);
        json.RootElement.GetProperty("version").GetInt64().ShouldBe(2L, "one change, applied once");
        json.RootElement.GetProperty("name").GetString().ShouldBe("After");
        (fake.TransactionsBegun - begun).ShouldBe(2);
    }

    [Fact]
    public async Task ActorCreate_Deadlock_IsNotReplayedAndLeavesNothing()
    {
        using var client = await _neo4j.SignedInClientAsync(asAnalyst: true);
        var fake = _neo4j.FakeNeo4j!;
        var begun = fake.TransactionsBegun;
        fake.Deadlock("CREATE (a:Actor {id: $id})");

        using var response = await client.PostAsJsonAsync(new Uri("/api/actors", UriKind.Relative), new { name = "Deadlock Create", kind = "state" });

        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable, await response.Content.ReadAsStringAsync());
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("code").GetString().ShouldBe("Neo.TransientError.Transaction.DeadlockDetected");
        (fake.TransactionsBegun - begun).ShouldBe(1, "a create that picks the first free id is not replayed");
        (await _neo4j.CountAsync("MATCH (a:Actor {name: 'Deadlock Create'}) RETURN count(a) AS n")).ShouldBe(0L);
    }
}
