using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace RelationsGraph.IntegrationTests.Functional;

/// <summary>
/// Editing runs each edit as an explicit transaction of parameterised Cypher, so it behaves the same on the embedded
/// store and through the Neo4j HTTP backend (here against the fake Query API, which holds real engine transactions):
/// the same answers, the same history, the same refusals, and a refused edit leaves nothing behind.
/// </summary>
public sealed class EditingOverFakeNeo4jTests : IDisposable
{
    private readonly ExplorerApp _embedded = ExplorerApp.OnEmbeddedStore();
    private readonly ExplorerApp _neo4j = ExplorerApp.OnFakeNeo4j();

    public void Dispose()
    {
        _embedded.Dispose();
        _neo4j.Dispose();
    }

    [Fact]
    public async Task EditingWorkflow_OnBothStores_GivesTheSameAnswers()
    {
        var onEmbedded = await WorkflowAsync(_embedded);
        var onNeo4j = await WorkflowAsync(_neo4j);
        onNeo4j.ShouldBe(onEmbedded);
        _neo4j.FakeNeo4j!.TransactionsCommitted.ShouldBeGreaterThanOrEqualTo(5);
        _neo4j.FakeNeo4j.TransactionsRolledBack.ShouldBeGreaterThanOrEqualTo(3, "refused edits roll their transaction back");
    }

    // Each step's status and the fields that matter, as text; times and the editor's day are left out.
    private static async Task<List<string>> WorkflowAsync(ExplorerApp app)
    {
        using var client = await app.SignedInClientAsync(asAnalyst: true);
        var steps = new List<string>();
        async Task<JsonElement> Step(string name, HttpMethod method, string url, object? body, HttpStatusCode expected, params string[] fields)
        {
            using var request = new HttpRequestMessage(method, new Uri(url, UriKind.Relative)) { Content = body is null ? null : JsonContent.Create(body) };
            request.Headers.Accept.ParseAdd("application/json");
            using var response = await client.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            response.StatusCode.ShouldBe(expected, $"{name}: {text}");
            var json = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
            steps.Add($"{name} {(int)response.StatusCode} " + string.Join(" ", fields.Select(f => $"{f}={Field(json, f)}")));
            return json;
        }

        await Step("actor a", HttpMethod.Post, "/api/actors", new { id = "edit-a", name = "Edit A", kind = "state" }, HttpStatusCode.Created, "id", "version", "recordedBy");
        await Step("actor b", HttpMethod.Post, "/api/actors", new { id = "edit-b", name = "Edit B", kind = "organisation", aliases = new[] { "B" } }, HttpStatusCode.Created, "id", "aliases");
        await Step("duplicate actor", HttpMethod.Post, "/api/actors", new { id = "edit-a", name = "Again", kind = "state" }, HttpStatusCode.Conflict, "code");
        await Step("tie", HttpMethod.Post, "/api/ties", new
        {
            type = "DEFENSE_PACT", source = "edit-a", target = "edit-b", status = "reported", phase = "signed", validFrom = "2024-06", confidence = 60,
            evidence = new[] { new { sourceId = "seed-report", stance = "asserts", quote = "signed", by = "russia" } },
        }, HttpStatusCode.Created, "id", "validFrom", "validFromPrecision", "version");
        await Step("tie with a missing source", HttpMethod.Post, "/api/ties", new
        {
            type = "AID", source = "edit-a", target = "edit-b", status = "reported",
            evidence = new[] { new { sourceId = "no-such-source", stance = "asserts" } },
        }, HttpStatusCode.BadRequest, "code");
        await Step("tie change", HttpMethod.Put, "/api/ties/edit-a-defense-pact-edit-b", new { status = "confirmed", phase = "in-force", validFrom = "2024-06", confidence = 90, version = 1 }, HttpStatusCode.OK, "status", "version");
        await Step("stale tie change", HttpMethod.Put, "/api/ties/edit-a-defense-pact-edit-b", new { status = "denied", version = 1 }, HttpStatusCode.Conflict, "code", "currentVersion");
        var history = await Step("history", HttpMethod.Get, "/api/ties/edit-a-defense-pact-edit-b/history", null, HttpStatusCode.OK, "version");
        steps.Add(string.Join(", ", history.GetProperty("changes").EnumerateArray().Select(c => $"{c.GetProperty("field")}:{Field(c, "from")}->{Field(c, "to")}@{Field(c, "version")}")));
        var tie = await Step("tie read", HttpMethod.Get, "/api/ties/edit-a-defense-pact-edit-b", null, HttpStatusCode.OK);
        steps.Add(string.Join(", ", tie.GetProperty("evidence").EnumerateArray().Select(e => $"{Field(e, "stance")} by {e.GetProperty("by").GetProperty("id")}")));
        await Step("delete unconfirmed", HttpMethod.Delete, "/api/actors/edit-a", null, HttpStatusCode.Conflict, "code", "tieCount", "evidenceCount");
        await Step("delete confirmed", HttpMethod.Delete, "/api/actors/edit-a?confirm=true&ties=1", null, HttpStatusCode.NoContent);
        await Step("tie gone", HttpMethod.Get, "/api/ties/edit-a-defense-pact-edit-b", null, HttpStatusCode.NotFound, "code");
        var b = await Step("b has no ties", HttpMethod.Get, "/api/actors/edit-b", null, HttpStatusCode.OK);
        steps.Add($"ties of b: {b.GetProperty("ties").GetArrayLength()}");
        return steps;
    }

    private static string Field(JsonElement json, string name) =>
        json.ValueKind == JsonValueKind.Object && json.TryGetProperty(name, out var value)
            ? value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText()
            : "-";
}
