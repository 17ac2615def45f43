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

    [Fact]
    public async Task Path_ConfirmedOnly_UsesOnlyConfirmedTies()
    {
        var path = await app.Client.GetJsonAsync("/api/graph/path?from=dprk-un-mission&to=ukraine&confirmedOnly=true");
        path.GetProperty("found").GetBoolean().ShouldBeTrue();
        path.GetProperty("elements").Data("edges").ShouldAllBe(e => e.Str("status") == "confirmed");
    }

    [Fact]
    public async Task Path_UnknownEnd_Returns404Problem()
    {
        await app.Client.GetProblemAsync("/api/graph/path?from=nis&to=atlantis", HttpStatusCode.NotFound);
    }
}
