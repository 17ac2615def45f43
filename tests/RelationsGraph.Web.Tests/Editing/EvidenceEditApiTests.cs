using System.Net;
using System.Text.Json;
using RelationsGraph.Web.Tests.Infrastructure;

namespace RelationsGraph.Web.Tests.Editing;

public sealed class EvidenceEditApiTests(EditingApp app) : IClassFixture<EditingApp>
{
    private const string Tie = "north-korea-russia-defense-pact";
    private static readonly HttpMethod Post = HttpMethod.Post;
    private static readonly HttpMethod Put = HttpMethod.Put;
    private static readonly HttpMethod Delete = HttpMethod.Delete;

    private HttpClient Client => app.Client;

    [Fact]
    public async Task Create_ForAnExistingTie_ShowsUnderTheTie()
    {
        var id = EditingApp.NewId("ev");
        var (status, evidence, response) = await Client.SendAsync(Post, "/api/evidence", new
        {
            id, tieId = Tie, sourceId = "seed-report", stance = "denies", quote = "No such deal exists.", by = "united-states", accessed = "2024-11-02",
        });
        using (response)
        {
            status.ShouldBe(HttpStatusCode.Created, evidence.GetRawText());
            response.Headers.Location!.AbsolutePath.ShouldBe($"/api/evidence/{id}");
        }

        evidence.Str("byName").ShouldBe("United States");
        evidence.Str("sourceTitle").ShouldStartWith("South Korea Considers");
        evidence.Str("accessed").ShouldBe("2024-11-02");
        evidence.Str("accessedPrecision").ShouldBe("day");
        evidence.GetProperty("version").GetInt64().ShouldBe(1);
        var tie = await Client.GetJsonAsync($"/api/ties/{Tie}");
        var shown = tie.Items("evidence").Single(e => e.Str("id") == id);
        shown.Str("stance").ShouldBe("denies");
        shown.GetProperty("by").Str("name").ShouldBe("United States");
    }

    [Fact]
    public async Task Create_WithoutId_MakesOneFromTheTie()
    {
        var first = await Client.SendOkAsync(Post, "/api/evidence", new { tieId = "kim-yo-jong-criticises-ukraine", sourceId = "seed-report", stance = "asserts" }, HttpStatusCode.Created);
        var second = await Client.SendOkAsync(Post, "/api/evidence", new { tieId = "kim-yo-jong-criticises-ukraine", sourceId = "seed-report", stance = "asserts" }, HttpStatusCode.Created);
        new[] { first.Str("id"), second.Str("id") }.ShouldAllBe(i => i.StartsWith("ev-kim-yo-jong-criticises-ukraine", StringComparison.Ordinal));
        first.Str("id").ShouldNotBe(second.Str("id"));
    }

    [Theory]
    [InlineData("tieId", "no-such-tie", "There is no tie with id 'no-such-tie'.")]
    [InlineData("tieId", "", "The tie is required.")]
    [InlineData("sourceId", "no-such-source", "There is no source with id 'no-such-source'.")]
    [InlineData("sourceId", "", "Choose the source this evidence cites.")]
    [InlineData("stance", "supports", "'supports' is not a stance; use 'asserts' or 'denies'.")]
    [InlineData("stance", "", "The stance is required.")]
    [InlineData("by", "nobody", "There is no actor with id 'nobody'.")]
    [InlineData("accessed", "2024/10/01", "'2024/10/01' is not a date")]
    public async Task Create_InvalidField_Is400NamingTheField(string field, string value, string message)
    {
        var body = new Dictionary<string, object?> { ["tieId"] = Tie, ["sourceId"] = "seed-report", ["stance"] = "asserts", [field] = value };
        var problem = await Client.RefusedAsync(Post, "/api/evidence", body, HttpStatusCode.BadRequest);
        problem.Str("code").ShouldBe("RelationsGraph.Edit.Invalid");
        problem.FieldErrors(field).ShouldContain(m => m.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Create_DuplicateId_Is409()
    {
        var problem = await Client.RefusedAsync(Post, "/api/evidence", new { id = "ev-troops-nis", tieId = Tie, sourceId = "seed-report", stance = "asserts" }, HttpStatusCode.Conflict);
        problem.FieldErrors("id").ShouldBe(["There is already evidence with id 'ev-troops-nis'."]);
        (await Client.GetJsonAsync("/api/evidence/ev-troops-nis")).Str("tieId").ShouldBe("north-korea-troops-russia");
    }

    [Fact]
    public async Task Update_ChangesSourceAndSpeaker_AndAStaleOneIs409()
    {
        var source = EditingApp.NewId("src");
        await Client.SendOkAsync(Post, "/api/sources", new { id = source, title = "Other report" }, HttpStatusCode.Created);
        var id = (await Client.SendOkAsync(Post, "/api/evidence", new { tieId = Tie, sourceId = "seed-report", stance = "asserts", by = "russia" }, HttpStatusCode.Created)).Str("id");

        var updated = await Client.SendOkAsync(Put, $"/api/evidence/{id}", new { sourceId = source, stance = "denies", quote = "Denied.", version = 1 }, HttpStatusCode.OK);
        updated.Str("sourceId").ShouldBe(source);
        updated.Str("stance").ShouldBe("denies");
        updated.GetProperty("by").ValueKind.ShouldBe(JsonValueKind.Null);
        updated.GetProperty("version").GetInt64().ShouldBe(2);
        (await EditingStore.CountAsync(app, "MATCH (:Evidence {id: $id})-[l]->() RETURN count(l)", ("id", id))).ShouldBe(1, "only the new CITES link is left");

        var problem = await Client.RefusedAsync(Put, $"/api/evidence/{id}", new { sourceId = "seed-report", stance = "asserts", version = 1 }, HttpStatusCode.Conflict);
        problem.Str("code").ShouldBe("RelationsGraph.Edit.StaleVersion");
        (await Client.GetJsonAsync($"/api/evidence/{id}")).Str("sourceId").ShouldBe(source);
    }

    [Fact]
    public async Task Update_ToAnotherTie_Is400()
    {
        var id = (await Client.SendOkAsync(Post, "/api/evidence", new { tieId = Tie, sourceId = "seed-report", stance = "asserts" }, HttpStatusCode.Created)).Str("id");
        var problem = await Client.RefusedAsync(Put, $"/api/evidence/{id}", new { tieId = "russia-invades-ukraine", sourceId = "seed-report", stance = "asserts", version = 1 }, HttpStatusCode.BadRequest);
        problem.FieldErrors("tieId").ShouldHaveSingleItem().ShouldContain("Evidence cannot move to another tie");
    }

    [Fact]
    public async Task Update_UnknownEvidence_Is404()
    {
        await Client.RefusedAsync(Put, "/api/evidence/no-such-evidence", new { sourceId = "seed-report", stance = "asserts", version = 0 }, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Delete_Evidence_RemovesItFromTheTie()
    {
        var id = (await Client.SendOkAsync(Post, "/api/evidence", new { tieId = Tie, sourceId = "seed-report", stance = "asserts" }, HttpStatusCode.Created)).Str("id");
        await Client.RefusedAsync(Delete, $"/api/evidence/{id}?version=9", null, HttpStatusCode.Conflict);
        await Client.SendOkAsync(Delete, $"/api/evidence/{id}?version=1", null, HttpStatusCode.NoContent);
        await Client.GetProblemAsync($"/api/evidence/{id}", HttpStatusCode.NotFound);
        (await Client.GetJsonAsync($"/api/ties/{Tie}")).Items("evidence").ShouldNotContain(e => e.Str("id") == id);
        await Client.RefusedAsync(Delete, $"/api/evidence/{id}", null, HttpStatusCode.NotFound);
    }
}
