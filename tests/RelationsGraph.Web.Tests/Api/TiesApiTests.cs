using System.Net;
using RelationsGraph.Web.Tests.Infrastructure;

namespace RelationsGraph.Web.Tests.Api;

[Collection(SeededExplorerCollection.Name)]
public sealed class TiesApiTests(SeededExplorer app)
{
    [Fact]
    public async Task Get_TroopTransfer_ShowsWhoAssertsAndWhoDenies()
    {
        var tie = await app.Client.GetJsonAsync("/api/ties/north-korea-troops-russia");
        tie.GetProperty("tie").Str("type").ShouldBe("TROOP_TRANSFER");
        tie.GetProperty("tie").Str("source").ShouldBe("north-korea");
        tie.GetProperty("tie").Str("target").ShouldBe("russia");
        var evidence = tie.Items("evidence").ToList();
        var asserting = evidence.Where(e => e.Str("stance") == "asserts").Select(e => e.GetProperty("by").Str("id")).ToList();
        var denying = evidence.Where(e => e.Str("stance") == "denies").Select(e => e.GetProperty("by").Str("id")).ToList();
        asserting.ShouldContain("nis");
        denying.ShouldBe(["dprk-un-mission", "russia"], ignoreOrder: true);
        evidence.ShouldAllBe(e => e.GetProperty("source").Str("id") == "seed-report");
        evidence.First().GetProperty("source").Str("reliability").ShouldBe("C");
        evidence.ShouldAllBe(e => e.Str("quote").Length > 0);
    }

    [Fact]
    public async Task Get_SymmetricTie_SaysSo()
    {
        var tie = await app.Client.GetJsonAsync("/api/ties/north-korea-russia-defense-pact");
        tie.GetProperty("symmetric").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Get_AidTie_CarriesItsExtraProperties()
    {
        var tie = await app.Client.GetJsonAsync("/api/ties/south-korea-humanitarian-aid-ukraine");
        tie.GetProperty("tie").GetProperty("properties").Str("aidKind").ShouldBe("humanitarian");
    }

    [Fact]
    public async Task Get_UnknownTie_Returns404Problem()
    {
        var problem = await app.Client.GetProblemAsync("/api/ties/no-such-tie", HttpStatusCode.NotFound);
        problem.Str("code").ShouldBe("Neo.ClientError.Statement.EntityNotFound");
    }
}
