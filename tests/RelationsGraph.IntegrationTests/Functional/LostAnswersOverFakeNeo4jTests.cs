using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RelationsGraph.Core.Errors;
using RelationsGraph.Web.Queries;

namespace RelationsGraph.IntegrationTests.Functional;

/// <summary>
/// A write whose answer is lost on the way back (the fake runs and commits it, then resets the connection) is sent
/// again only when the app declared it idempotent: saving a query (MERGE by id) is, an ad hoc CREATE from the console
/// is not. Either way the store ends up with the write once.
/// </summary>
public sealed class LostAnswersOverFakeNeo4jTests : IDisposable
{
    private readonly ExplorerApp _neo4j = ExplorerApp.OnFakeNeo4j();

    public void Dispose() => _neo4j.Dispose();

    [Fact]
    public async Task SaveQuery_AnswerLost_IsSentAgainAndStoredOnce()
    {
        using var client = await _neo4j.SignedInClientAsync(asAnalyst: true);
        var fake = _neo4j.FakeNeo4j!;
        fake.LoseAnswers("MERGE (q:SavedQuery");

        using var response = await client.PostAsJsonAsync(
            new Uri("/api/queries", UriKind.Relative),
            new { name = "Lost answer probe", query = "MATCH (a:Actor) RETURN count(a) AS n" });

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        fake.Ran("MERGE (q:SavedQuery").ShouldBe(2, "the first answer was lost, so the save was sent again");
        var saved = await _neo4j.CountAsync("MATCH (q:SavedQuery {name: 'Lost answer probe'}) RETURN count(q) AS n");
        saved.ShouldBe(1L);
        using var list = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/queries", UriKind.Relative)));
        list.RootElement.EnumerateArray().Count(q => q.GetProperty("name").GetString() == "Lost answer probe").ShouldBe(1);
    }

    [Fact]
    public async Task ConsoleCreate_AnswerLost_IsNotSentAgain()
    {
        var fake = _neo4j.FakeNeo4j!;
        fake.LoseAnswers("CREATE (:LostAnswerProbe");
        using var scope = _neo4j.Services.CreateScope();
        var runner = scope.ServiceProvider.GetRequiredService<QueryRunner>();

        var error = await Should.ThrowAsync<CypherException>(() =>
            runner.RunAsync("CREATE (:LostAnswerProbe {n: 1})", new Dictionary<string, object?>(), write: true, CancellationToken.None));

        error.Code.ShouldBe(StatusCodes.ServiceUnavailable);
        fake.Ran("CREATE (:LostAnswerProbe").ShouldBe(1);
        (await _neo4j.CountAsync("MATCH (p:LostAnswerProbe) RETURN count(p) AS n")).ShouldBe(1L, "the lost write was applied once and not repeated");
    }
}
