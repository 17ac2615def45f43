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
    public async Task Endpoint_OnFakeNeo4j_ReturnsTheSameAsOnTheEmbeddedStore(string url)
    {
        var expected = await GetAsync(_embedded, url);
        using var neo4jClient = await _neo4j.SignedInClientAsync();
        var queriesBefore = _neo4j.FakeNeo4j!.Queries;
        var actual = await GetAsync(neo4jClient, url);

        // Both must answer with data: two identical error pages would otherwise compare equal.
        expected.Status.ShouldBe(HttpStatusCode.OK, expected.Body);
        actual.Status.ShouldBe(HttpStatusCode.OK, actual.Body);
        _neo4j.FakeNeo4j.Queries.ShouldBeGreaterThan(queriesBefore, "this request itself went through the fake Query API");
        var expectedIds = ElementIds(expected.Body);
        expectedIds.ShouldNotBeEmpty("the embedded store's answer names elements to compare");
        ElementIds(actual.Body).ShouldBe(expectedIds, ignoreOrder: true);
        Canonical(actual.Body).ShouldBe(Canonical(expected.Body));
    }

    [Fact]
    public async Task Registry_OnFakeNeo4j_IsTheSameAsOnTheEmbeddedStore()
    {
        // The registry (types, statuses) comes from configuration, not from the store, so no query is expected here.
        var expected = await GetAsync(_embedded, "/api/registry");
        var actual = await GetAsync(_neo4j, "/api/registry");
        expected.Status.ShouldBe(HttpStatusCode.OK, expected.Body);
        actual.Status.ShouldBe(HttpStatusCode.OK, actual.Body);
        JsonNode.Parse(expected.Body).ShouldBeOfType<JsonObject>().Count.ShouldBeGreaterThan(0, "the registry has content to compare");
        Canonical(actual.Body).ShouldBe(Canonical(expected.Body));
    }

    [Fact]
    public async Task ElementIds_OfDifferentAnswers_Differ()
    {
        // The comparison above must be able to fail: answers naming other elements give other id lists.
        var whole = ElementIds((await GetAsync(_embedded, "/api/graph/neighbourhood")).Body);
        var near = ElementIds((await GetAsync(_embedded, "/api/graph/neighbourhood?actor=north-korea&depth=1")).Body);
        near.ShouldNotBeEmpty();
        whole.Count.ShouldBeGreaterThan(near.Count);
        whole.Order(StringComparer.Ordinal).SequenceEqual(near.Order(StringComparer.Ordinal)).ShouldBeFalse();
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
        return await GetAsync(client, url);
    }

    private static async Task<(HttpStatusCode Status, string Body)> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Every <c>id</c> anywhere in the answer (actors, ties, types in the registry), in document order.</summary>
    private static List<string> ElementIds(string json)
    {
        var ids = new List<string>();
        void Walk(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject obj:
                    foreach (var (key, value) in obj)
                    {
                        if (key == "id" && value is JsonValue id && id.TryGetValue<string>(out var text))
                        {
                            ids.Add(text);
                        }

                        Walk(value);
                    }

                    break;
                case JsonArray array:
                    foreach (var item in array)
                    {
                        Walk(item);
                    }

                    break;
            }
        }

        Walk(JsonNode.Parse(json));
        return ids;
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
