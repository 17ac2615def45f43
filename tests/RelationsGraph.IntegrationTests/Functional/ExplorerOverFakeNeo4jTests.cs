using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RelationsGraph.IntegrationTests.Functional;

/// <summary>
/// The app runs against the fake Query API exactly as on the embedded store: the explorer's endpoints return the
/// same elements, the health endpoint names the Neo4j backend, and a database that stops answering gets a quick 503.
/// </summary>
public sealed class ExplorerOverFakeNeo4jTests : IDisposable
{
    private readonly ExplorerApp _embedded = ExplorerApp.OnEmbeddedStore();
    private readonly ExplorerApp _neo4j = ExplorerApp.OnFakeNeo4j();

    public void Dispose()
    {
        _embedded.Dispose();
        _neo4j.Dispose();
    }

    [Theory]
    [InlineData("/api/graph/neighbourhood")]
    [InlineData("/api/graph/neighbourhood?actor=north-korea&depth=1")]
    [InlineData("/api/graph/neighbourhood?statuses=disputed,reported")]
    [InlineData("/api/graph/path?from=south-korea&to=north-korea")]
    [InlineData("/api/actors")]
    [InlineData("/api/actors/north-korea")]
    [InlineData("/api/ties/north-korea-troops-russia")]
    [InlineData("/api/registry")]
    public async Task Endpoint_OnFakeNeo4j_ReturnsTheSameAsOnTheEmbeddedStore(string url)
    {
        var expected = await GetAsync(_embedded, url);
        var actual = await GetAsync(_neo4j, url);
        actual.Status.ShouldBe(expected.Status);
        Canonical(actual.Body).ShouldBe(Canonical(expected.Body));
        _neo4j.FakeNeo4j!.Queries.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Health_OnFakeNeo4j_NamesTheBackendAndItsVersion()
    {
        var (status, body) = await GetAsync(_neo4j, "/health");
        status.ShouldBe(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(body);
        json.RootElement.GetProperty("store").GetString().ShouldBe("neo4j");
        json.RootElement.GetProperty("storeAnswers").GetBoolean().ShouldBeTrue();
        json.RootElement.GetProperty("storeVersion").GetString().ShouldBe("5.26.0");
    }

    [Fact]
    public async Task ApiReads_OnFakeNeo4j_AreSentInReadAccessMode()
    {
        await GetAsync(_neo4j, "/api/actors");
        var fake = _neo4j.FakeNeo4j!;
        lock (fake.AccessModes)
        {
            fake.AccessModes[^1].ShouldBe("Read");
        }
    }

    [Fact]
    public async Task DatabaseDown_AfterRepeatedFailures_AnswersAtOnceWith503ProblemDetails()
    {
        (await GetAsync(_neo4j, "/api/actors")).Status.ShouldBe(HttpStatusCode.OK);
        var fake = _neo4j.FakeNeo4j!;
        fake.Down = true;

        // Two requests of two attempts each open the circuit; the third never reaches the server.
        (await GetAsync(_neo4j, "/api/actors")).Status.ShouldBe(HttpStatusCode.ServiceUnavailable);
        (await GetAsync(_neo4j, "/api/actors")).Status.ShouldBe(HttpStatusCode.ServiceUnavailable);
        var sent = fake.Queries;
        var (status, body) = await GetAsync(_neo4j, "/api/actors");

        status.ShouldBe(HttpStatusCode.ServiceUnavailable);
        fake.Queries.ShouldBe(sent);
        using var problem = JsonDocument.Parse(body);
        problem.RootElement.GetProperty("status").GetInt32().ShouldBe(503);
        problem.RootElement.GetProperty("code").GetString().ShouldBe("Neo.TransientError.General.DatabaseUnavailable");
    }

    private static async Task<(HttpStatusCode Status, string Body)> GetAsync(ExplorerApp app, string url)
    {
        using var client = await app.SignedInClientAsync();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Object keys sorted; arrays kept in order (both apps run the same engine underneath, so order is comparable).</summary>
    private static string Canonical(string json) => Sort(JsonNode.Parse(json))?.ToJsonString() ?? "null";

    private static JsonNode? Sort(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Sort(p.Value)))),
        JsonArray array => new JsonArray(array.Select(Sort).ToArray()),
        JsonValue value => value.DeepClone(),
        _ => null,
    };
}
