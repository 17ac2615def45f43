using System.Net;
using RelationsGraph.Web.Tests.Infrastructure;

namespace RelationsGraph.Web.Tests.Api;

[Collection(SeededExplorerCollection.Name)]
public sealed class ActorsApiTests(SeededExplorer app)
{
    [Fact]
    public async Task Search_NoText_ListsTheSeedActors()
    {
        var actors = (await app.Client.GetJsonAsync("/api/actors")).EnumerateArray().Select(a => a.Str("id")).ToList();
        actors.ShouldContainAll(["russia", "ukraine", "south-korea", "north-korea", "united-states", "nato", "nis", "kim-yo-jong"]);
    }

    [Theory]
    [InlineData("dprk", "north-korea")]
    [InlineData("spy agency", "nis")]
    [InlineData("KYIV", "ukraine")]
    [InlineData("korea", "south-korea")]
    public async Task Search_ByNameOrAlias_FindsTheActor(string q, string expected)
    {
        var found = await app.Client.GetJsonAsync($"/api/actors?q={Uri.EscapeDataString(q)}");
        found.EnumerateArray().Select(a => a.Str("id")).ShouldContain(expected);
    }

    [Fact]
    public async Task Search_NamePrefix_RanksItFirst()
    {
        var found = await app.Client.GetJsonAsync("/api/actors?q=north");
        found.EnumerateArray().First().Str("id").ShouldBe("north-korea");
    }

    [Fact]
    public async Task Get_NorthKorea_ReturnsItsTiesWithStatuses()
    {
        var actor = await app.Client.GetJsonAsync("/api/actors/north-korea");
        actor.Str("name").ShouldBe("North Korea");
        actor.Str("kind").ShouldBe("state");
        var ties = actor.Items("ties").ToDictionary(t => t.Str("id"));
        ties["north-korea-russia-defense-pact"].Str("status").ShouldBe("confirmed");
        ties["north-korea-russia-defense-pact"].Str("validFrom").ShouldStartWith("2024-06-01");
        ties["north-korea-russia-defense-pact"].Str("validFromPrecision").ShouldBe("month");
        ties["north-korea-troops-russia"].Str("status").ShouldBe("disputed");
        ties["north-korea-troops-russia"].Str("phase").ShouldBe("in-force");
    }

    [Fact]
    public async Task Get_UnknownActor_Returns404ProblemWithTheStoreCode()
    {
        var problem = await app.Client.GetProblemAsync("/api/actors/atlantis", HttpStatusCode.NotFound);
        problem.Str("code").ShouldBe("Neo.ClientError.Statement.EntityNotFound");
        problem.Str("detail").ShouldContain("atlantis");
    }
}
