using System.Net;
using RelationsGraph.Web.Tests.Infrastructure;

namespace RelationsGraph.Web.Tests.Api;

[Collection(SeededExplorerCollection.Name)]
public sealed class GraphApiTests(SeededExplorer app)
{
    [Fact]
    public async Task Neighbourhood_NoActor_ReturnsTheWholeSeedNetwork()
    {
        var graph = await app.Client.GetJsonAsync("/api/graph/neighbourhood");
        graph.Data("nodes").Select(n => n.Str("id")).Count().ShouldBe(12);
        var edges = graph.Data("edges").ToDictionary(e => e.Str("id"));
        edges.Count.ShouldBe(20);
        edges["north-korea-troops-russia"].Str("status").ShouldBe("disputed");
        edges["south-korea-arms-ukraine"].Str("phase").ShouldBe("considered");
        edges["south-korea-sanctions-russia"].Str("type").ShouldBe("SANCTIONS");
        edges["south-korea-sanctions-russia"].Str("validFrom").ShouldStartWith("2022-01-01");
        edges["united-states-member-of-nato"].TryGetProperty("validTo", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Neighbourhood_NoActorUnderTheCap_ShowsEveryActorAndSaysHowManyThereAre()
    {
        var graph = await app.Client.GetJsonAsync("/api/graph/neighbourhood");
        graph.GetProperty("totalActors").GetInt64().ShouldBe(12);
        graph.GetProperty("nodes").GetArrayLength().ShouldBe(12);
    }

    // Degrees in the seed: South Korea 8, North Korea 6, Russia 6, Ukraine 5, ... (ties to id order).
    [Fact]
    public async Task Neighbourhood_NoActorOverTheCap_ShowsTheMostConnectedActorsAndTheTiesAmongThem()
    {
        var graph = await app.Client.GetJsonAsync("/api/graph/neighbourhood?maxActors=3");
        graph.Data("nodes").Select(n => n.Str("id")).ShouldBe(["north-korea", "russia", "south-korea"], ignoreOrder: true);
        graph.GetProperty("totalActors").GetInt64().ShouldBe(12);
        graph.Data("edges").Select(e => e.Str("id")).ShouldBe(
            ["north-korea-russia-defense-pact", "north-korea-troops-russia", "south-korea-countermeasures-north-korea", "south-korea-sanctions-russia"],
            ignoreOrder: true);
    }

    [Fact]
    public async Task Neighbourhood_NoActorOverTheCapWithFilters_FiltersTheTiesAmongTheShownActors()
    {
        var graph = await app.Client.GetJsonAsync("/api/graph/neighbourhood?maxActors=3&statuses=confirmed&date=2023-01-01");
        graph.GetProperty("nodes").GetArrayLength().ShouldBe(3);
        graph.Data("edges").Select(e => e.Str("id")).ShouldBe(["south-korea-sanctions-russia"]);
    }

    // Ten elements: the ten most connected actors leave no room for ties, the top five have ten ties among them (too
    // many for the five places left), the top two (South Korea, North Korea) have one.
    [Fact]
    public async Task Neighbourhood_NoActorOverTheElementCap_KeepsTheMostConnectedActorsWithAllTiesAmongThem()
    {
        var graph = await app.Client.GetJsonAsync("/api/graph/neighbourhood?maxElements=10");
        graph.Data("nodes").Select(n => n.Str("id")).ShouldBe(["north-korea", "south-korea"], ignoreOrder: true);
        graph.Data("edges").Select(e => e.Str("id")).ShouldBe(["south-korea-countermeasures-north-korea"]);
        graph.GetProperty("totalActors").GetInt64().ShouldBe(12);
        var exact = await app.Client.GetJsonAsync("/api/graph/neighbourhood?maxElements=32");
        exact.GetProperty("nodes").GetArrayLength().ShouldBe(12);
        exact.GetProperty("edges").GetArrayLength().ShouldBe(20);
    }

    [Fact]
    public async Task Neighbourhood_CapFromConfiguration_AppliesWhenTheRequestNamesNone()
    {
        using var factory = new ExplorerFactory(null, settings: new Dictionary<string, string> { ["Explorer:WholeViewMaxActors"] = "2" });
        using var client = await factory.CreateClientAsync(TestUsers.Viewer);
        var graph = await client.GetJsonAsync("/api/graph/neighbourhood");
        graph.Data("nodes").Select(n => n.Str("id")).ShouldBe(["north-korea", "south-korea"], ignoreOrder: true);
        graph.GetProperty("totalActors").GetInt64().ShouldBe(12);
        (await client.GetJsonAsync("/api/graph/neighbourhood?maxActors=12")).GetProperty("nodes").GetArrayLength().ShouldBe(12);
    }

    [Fact]
    public async Task Neighbourhood_OfNorthKorea_HasItsNeighboursAndEvidenceDigest()
    {
        var graph = await app.Client.GetJsonAsync("/api/graph/neighbourhood?actor=north-korea&depth=1");
        graph.Data("nodes").Select(n => n.Str("id")).ShouldBe(
            ["north-korea", "russia", "south-korea", "south-korea-nsc", "dprk-un-mission", "kim-jong-un"], ignoreOrder: true);
        var troops = graph.Data("edges").Single(e => e.Str("id") == "north-korea-troops-russia");
        troops.GetProperty("deniedBy").EnumerateArray().Select(x => x.GetString()).ShouldContain("Russia");
        troops.GetProperty("assertedBy").EnumerateArray().Select(x => x.GetString()).ShouldContain("National Intelligence Service");
        troops.GetProperty("sources").EnumerateArray().Select(x => x.GetString()).ShouldContain("South Korea Considers Arming Ukraine as North Korea-Russia Ties Deepen");
        graph.Data("edges").Single(e => e.Str("id") == "north-korea-russia-defense-pact").GetProperty("symmetric").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Neighbourhood_DepthZero_IsTheActorAlone()
    {
        var graph = await app.Client.GetJsonAsync("/api/graph/neighbourhood?actor=nato&depth=0");
        graph.Data("nodes").Select(n => n.Str("id")).ShouldBe(["nato"]);
        graph.GetProperty("edges").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Neighbourhood_StatusFilter_KeepsOnlyThoseStatuses()
    {
        var graph = await app.Client.GetJsonAsync("/api/graph/neighbourhood?statuses=disputed,reported");
        var edges = graph.Data("edges").ToList();
        edges.Select(e => e.Str("id")).ShouldBe(["north-korea-troops-russia", "south-korea-arms-ukraine", "south-korea-countermeasures-north-korea"], ignoreOrder: true);
    }

    [Fact]
    public async Task Neighbourhood_TypeFilter_KeepsOnlyThoseTypes()
    {
        var graph = await app.Client.GetJsonAsync("/api/graph/neighbourhood?actor=south-korea&types=AID,SANCTIONS");
        graph.Data("edges").ShouldAllBe(e => e.Str("type") == "AID" || e.Str("type") == "SANCTIONS");
        graph.Data("edges").Count().ShouldBe(3);
    }

    [Fact]
    public async Task Neighbourhood_DateBeforeTheDefensePact_LeavesItOut()
    {
        var before = (await app.Client.GetJsonAsync("/api/graph/neighbourhood?date=2023-01-01")).Data("edges").Select(e => e.Str("id")).ToList();
        before.ShouldNotContain("north-korea-russia-defense-pact");
        before.ShouldNotContain("north-korea-troops-russia");
        before.ShouldContain("south-korea-sanctions-russia");
        before.ShouldContain("nis-part-of-south-korea");
        var after = (await app.Client.GetJsonAsync("/api/graph/neighbourhood?date=2024-06-15")).Data("edges").Select(e => e.Str("id")).ToList();
        after.ShouldContain("north-korea-russia-defense-pact");
    }

    [Fact]
    public async Task Neighbourhood_Limit_CapsTheExpansionAndCountsTheRest()
    {
        var graph = await app.Client.GetJsonAsync("/api/graph/neighbourhood?actor=south-korea&limit=2");
        graph.GetProperty("nodes").GetArrayLength().ShouldBe(3);
        var full = await app.Client.GetJsonAsync("/api/graph/neighbourhood?actor=south-korea");
        graph.GetProperty("more").GetProperty("south-korea").GetInt32().ShouldBe(full.GetProperty("nodes").GetArrayLength() - 3);
    }

    [Fact]
    public async Task Neighbourhood_ShownActors_NeitherUseTheCapNorCountAsMore()
    {
        var graph = await app.Client.GetJsonAsync("/api/graph/neighbourhood?actor=south-korea&limit=2&shown=ukraine,kim-yo-jong,nato");
        var nodes = graph.Data("nodes").Select(n => n.Str("id")).ToList();
        nodes.ShouldBe(["south-korea", "nis", "south-korea-nsc", "ukraine", "kim-yo-jong"], ignoreOrder: true);
        graph.GetProperty("more").GetProperty("south-korea").GetInt32().ShouldBe(2);
        graph.Data("edges").Select(e => e.Str("id")).ShouldContain("kim-yo-jong-criticises-south-korea");
    }

    [Theory]
    [InlineData("/api/graph/neighbourhood?actor=russia&date=2024-02-30", "2024-02-30")]
    [InlineData("/api/graph/neighbourhood?actor=russia&types=FRIENDS_WITH", "FRIENDS_WITH")]
    [InlineData("/api/graph/neighbourhood?actor=russia&statuses=rumoured", "rumoured")]
    [InlineData("/api/graph/neighbourhood?actor=russia&depth=-1", "depth")]
    [InlineData("/api/graph/neighbourhood?actor=russia&depth=99", "depth")]
    [InlineData("/api/graph/neighbourhood?maxActors=0", "maxActors")]
    [InlineData("/api/graph/neighbourhood?maxElements=0", "maxElements")]
    [InlineData("/api/graph/path?from=russia", "to")]
    public async Task BadInput_Returns400ProblemSayingWhatIsWrong(string url, string mentioned)
    {
        var problem = await app.Client.GetProblemAsync(url, HttpStatusCode.BadRequest);
        problem.Str("code").ShouldBe("Neo.ClientError.Request.Invalid");
        problem.Str("detail").ShouldContain(mentioned);
    }

    [Fact]
    public async Task Neighbourhood_UnknownActor_Returns404Problem()
    {
        var problem = await app.Client.GetProblemAsync("/api/graph/neighbourhood?actor=atlantis", HttpStatusCode.NotFound);
        problem.Str("detail").ShouldContain("atlantis");
    }

    [Fact]
    public async Task Path_FromTheSpyAgencyToUkraine_GoesThroughSouthKorea()
    {
        var path = await app.Client.GetJsonAsync("/api/graph/path?from=nis&to=ukraine");
        path.GetProperty("found").GetBoolean().ShouldBeTrue();
        path.GetProperty("actors").EnumerateArray().Select(a => a.GetString()).ShouldBe(["nis", "south-korea", "ukraine"]);
        path.GetProperty("ties").GetArrayLength().ShouldBe(2);
        path.GetProperty("elements").GetProperty("nodes").GetArrayLength().ShouldBe(3);
    }

    // South Korea's one direct tie to North Korea is the reported countermeasures; over confirmed ties only the
    // path needs two steps (through the National Security Council or Russia, both confirmed all the way).
    [Fact]
    public async Task Path_ConfirmedOnly_UsesOnlyConfirmedTies()
    {
        var any = await app.Client.GetJsonAsync("/api/graph/path?from=south-korea&to=north-korea");
        any.GetProperty("ties").EnumerateArray().Select(t => t.GetString()).ShouldBe(["south-korea-countermeasures-north-korea"]);
        any.GetProperty("elements").Data("edges").Single().Str("status").ShouldBe("reported");

        var confirmed = await app.Client.GetJsonAsync("/api/graph/path?from=south-korea&to=north-korea&confirmedOnly=true");
        confirmed.GetProperty("found").GetBoolean().ShouldBeTrue();
        var actors = confirmed.GetProperty("actors").EnumerateArray().Select(a => a.GetString()).ToList();
        actors.Count.ShouldBe(3);
        actors[0].ShouldBe("south-korea");
        actors[1].ShouldBeOneOf("south-korea-nsc", "russia");
        actors[2].ShouldBe("north-korea");
        var edges = confirmed.GetProperty("elements").Data("edges").ToList();
        edges.Count.ShouldBe(2);
        edges.ShouldAllBe(e => e.Str("status") == "confirmed");
        edges.Select(e => e.Str("id")).ShouldNotContain("south-korea-countermeasures-north-korea");
    }

    [Fact]
    public async Task Path_UnknownEnd_Returns404Problem()
    {
        await app.Client.GetProblemAsync("/api/graph/path?from=nis&to=atlantis", HttpStatusCode.NotFound);
    }
}
