using System.Net;
using System.Text.Json;
using RelationsGraph.Web.Tests.Infrastructure;

namespace RelationsGraph.Web.Tests.Editing;

public sealed class ActorEditApiTests(EditingApp app) : IClassFixture<EditingApp>
{
    private const string Invalid = "RelationsGraph.Edit.Invalid";
    private static readonly HttpMethod Post = HttpMethod.Post;
    private static readonly HttpMethod Put = HttpMethod.Put;
    private static readonly HttpMethod Delete = HttpMethod.Delete;

    private HttpClient Client => app.Client;

    [Fact]
    public async Task Create_ValidActor_Returns201WithVersionAndWhoRecordedIt()
    {
        var id = EditingApp.NewId("actor");
        var before = DateOnly.FromDateTime(DateTime.UtcNow);
        var (status, actor, response) = await Client.SendAsync(Post, "/api/actors", new
        {
            id, name = "Wagner Group", kind = "armed-group", aliases = new[] { "PMC Wagner", " ", "PMC Wagner" }, country = "RU", description = "Private military company.",
        });
        var after = DateOnly.FromDateTime(DateTime.UtcNow);
        using (response)
        {
            status.ShouldBe(HttpStatusCode.Created, actor.GetRawText());
            response.Headers.Location!.ToString().ShouldBe($"/api/actors/{id}");
        }

        actor.Str("id").ShouldBe(id);
        actor.GetProperty("version").GetInt64().ShouldBe(1);
        actor.Str("recordedBy").ShouldBe("analyst");
        new[] { before.ToString("yyyy-MM-dd"), after.ToString("yyyy-MM-dd") }.ShouldContain(actor.Str("recordedAt"));
        actor.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()).ShouldBe(["PMC Wagner"]);

        var read = await Client.GetJsonAsync($"/api/actors/{id}");
        read.Str("name").ShouldBe("Wagner Group");
        read.Str("kind").ShouldBe("armed-group");
        read.GetProperty("version").GetInt64().ShouldBe(1);
    }

    [Fact]
    public async Task Create_WithoutId_MakesOneFromTheNameAndAvoidsTakenOnes()
    {
        var name = $"Ministry of Defence {Guid.NewGuid():N}"[..28];
        var first = await Client.SendOkAsync(Post, "/api/actors", new { name, kind = "organisation" }, HttpStatusCode.Created);
        var second = await Client.SendOkAsync(Post, "/api/actors", new { name, kind = "organisation" }, HttpStatusCode.Created);
        var slug = name.ToLowerInvariant().Replace(' ', '-');
        first.Str("id").ShouldBe(slug);
        second.Str("id").ShouldBe($"{slug}-2");
    }

    [Fact]
    public async Task Create_DuplicateId_Is409AndKeepsTheFirst()
    {
        var problem = await Client.RefusedAsync(Post, "/api/actors", new { id = "russia", name = "Another Russia", kind = "state" }, HttpStatusCode.Conflict);
        problem.Str("code").ShouldBe("RelationsGraph.Edit.DuplicateId");
        problem.FieldErrors("id").ShouldHaveSingleItem().ShouldContain("already an actor with id 'russia'");
        (await Client.GetJsonAsync("/api/actors/russia")).Str("name").ShouldBe("Russia");
    }

    [Theory]
    [InlineData("{\"name\":\"X\",\"kind\":\"planet\"}", "kind", "'planet' is not a known actor kind")]
    [InlineData("{\"kind\":\"state\"}", "name", "The name is required")]
    [InlineData("{\"name\":\"  \",\"kind\":\"state\"}", "name", "The name is required")]
    [InlineData("{\"id\":\"Has Spaces\",\"name\":\"X\",\"kind\":\"state\"}", "id", "'Has Spaces' is not a usable id")]
    [InlineData("{\"name\":\"X\",\"kind\":\"state\",\"country\":\"korea\"}", "country", "is longer than 3 characters")]
    [InlineData("{\"name\":\"X\",\"kind\":\"state\",\"country\":\"kr\"}", "country", "'kr' is not a country code")]
    public async Task Create_InvalidField_Is400NamingTheField(string body, string field, string message)
    {
        var problem = await Client.RefusedAsync(Post, "/api/actors", body, HttpStatusCode.BadRequest);
        problem.Str("code").ShouldBe(Invalid);
        problem.FieldErrors(field).ShouldContain(m => m.Contains(message, StringComparison.Ordinal));
        problem.Str("detail").ShouldContain(message);
    }

    [Fact]
    public async Task Create_SeveralInvalidFields_NamesThemAll()
    {
        var problem = await Client.RefusedAsync(Post, "/api/actors", new { kind = "planet", country = "x1" }, HttpStatusCode.BadRequest);
        problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ShouldBe(["name", "kind", "country"], ignoreOrder: true);
    }

    [Fact]
    public async Task Create_BodyThatDoesNotBind_Is400WithACode()
    {
        // The framework answers this one itself; it is still problem+json with the app's code and the JSON path.
        var problem = await Client.RefusedAsync(Post, "/api/actors", "{\"name\": \"X\", \"kind\": \"state\", \"version\": \"one\"}", HttpStatusCode.BadRequest);
        problem.Str("code").ShouldBe("Neo.ClientError.Request.Invalid");
        problem.Str("path").ShouldBe("$.version");
        problem.GetProperty("errors").EnumerateObject().ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Update_CurrentVersion_ChangesTheActorAndBumpsTheVersion()
    {
        var id = await NewActorAsync();
        var updated = await Client.SendOkAsync(Put, $"/api/actors/{id}", new { name = "Renamed", kind = "organisation", aliases = new[] { "R" }, version = 1 }, HttpStatusCode.OK);
        updated.GetProperty("version").GetInt64().ShouldBe(2);
        updated.Str("name").ShouldBe("Renamed");
        updated.Str("kind").ShouldBe("organisation");
        var read = await Client.GetJsonAsync($"/api/actors/{id}");
        read.Str("name").ShouldBe("Renamed");
        read.GetProperty("version").GetInt64().ShouldBe(2);
    }

    [Fact]
    public async Task Update_SeedActorNeverEditedBefore_HasVersion0()
    {
        var seed = await Client.GetJsonAsync("/api/actors/nato");
        seed.GetProperty("version").GetInt64().ShouldBe(0);
        var updated = await Client.SendOkAsync(Put, "/api/actors/nato", new
        {
            name = "NATO", kind = "organisation", aliases = new[] { "North Atlantic Treaty Organization", "OTAN" }, description = "Alliance.", version = 0,
        }, HttpStatusCode.OK);
        updated.GetProperty("version").GetInt64().ShouldBe(1);
        updated.Str("recordedBy").ShouldBe("analyst");
    }

    [Fact]
    public async Task Update_StaleVersion_Is409AndChangesNothing()
    {
        var id = await NewActorAsync();
        await Client.SendOkAsync(Put, $"/api/actors/{id}", new { name = "First edit", kind = "state", version = 1 }, HttpStatusCode.OK);
        var problem = await Client.RefusedAsync(Put, $"/api/actors/{id}", new { name = "Stale edit", kind = "state", version = 1 }, HttpStatusCode.Conflict);
        problem.Str("code").ShouldBe("RelationsGraph.Edit.StaleVersion");
        problem.Str("detail").ShouldContain("Someone else changed this actor since you opened it");
        problem.Str("detail").ShouldContain("you edited version 1; it is now version 2");
        problem.GetProperty("currentVersion").GetInt64().ShouldBe(2);
        var read = await Client.GetJsonAsync($"/api/actors/{id}");
        read.Str("name").ShouldBe("First edit");
        read.GetProperty("version").GetInt64().ShouldBe(2);
    }

    [Fact]
    public async Task Update_WithoutVersion_Is400()
    {
        var id = await NewActorAsync();
        var problem = await Client.RefusedAsync(Put, $"/api/actors/{id}", new { name = "X", kind = "state" }, HttpStatusCode.BadRequest);
        problem.FieldErrors("version").ShouldHaveSingleItem().ShouldContain("version");
    }

    [Fact]
    public async Task Update_DifferentIdInBody_Is400()
    {
        var id = await NewActorAsync();
        var problem = await Client.RefusedAsync(Put, $"/api/actors/{id}", new { id = "other", name = "X", kind = "state", version = 1 }, HttpStatusCode.BadRequest);
        problem.FieldErrors("id").ShouldHaveSingleItem().ShouldContain("an id cannot be changed");
    }

    [Fact]
    public async Task Update_UnknownActor_Is404()
    {
        var problem = await Client.RefusedAsync(Put, "/api/actors/no-such-actor", new { name = "X", kind = "state", version = 0 }, HttpStatusCode.NotFound);
        problem.Str("code").ShouldBe("Neo.ClientError.Statement.EntityNotFound");
        problem.Str("detail").ShouldBe("There is no actor with id 'no-such-actor'.");
    }

    [Fact]
    public async Task Delete_ActorWithoutTies_DeletesIt()
    {
        var id = await NewActorAsync();
        await Client.SendOkAsync(Delete, $"/api/actors/{id}", null, HttpStatusCode.NoContent);
        await Client.GetProblemAsync($"/api/actors/{id}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Delete_ActorWithTiesUnconfirmed_Is409WithTheCountsAndDeletesNothing()
    {
        var (a, b, tie) = await PairWithTieAsync();
        var problem = await Client.RefusedAsync(Delete, $"/api/actors/{a}", null, HttpStatusCode.Conflict);
        problem.Str("code").ShouldBe("RelationsGraph.Edit.ConfirmationRequired");
        problem.GetProperty("tieCount").GetInt64().ShouldBe(1);
        problem.GetProperty("evidenceCount").GetInt64().ShouldBe(1);
        problem.Str("detail").ShouldContain("has 1 tie; deleting it deletes it too, with 1 piece of evidence");
        (await Client.GetJsonAsync($"/api/actors/{a}")).Str("id").ShouldBe(a);
        (await Client.GetJsonAsync($"/api/ties/{tie}")).GetProperty("tie").Str("target").ShouldBe(b);
    }

    [Fact]
    public async Task Delete_ActorWithTiesConfirmed_DeletesItsTiesWithTheirEvidenceAndHistory()
    {
        var (a, b, tie) = await PairWithTieAsync();
        await Client.SendOkAsync(Delete, $"/api/actors/{a}?confirm=true&ties=1", null, HttpStatusCode.NoContent);
        await Client.GetProblemAsync($"/api/actors/{a}", HttpStatusCode.NotFound);
        await Client.GetProblemAsync($"/api/ties/{tie}", HttpStatusCode.NotFound);
        await Client.GetProblemAsync($"/api/evidence/ev-{tie}", HttpStatusCode.NotFound);
        (await Client.GetJsonAsync($"/api/actors/{b}")).Items("ties").ShouldBeEmpty();
        var leftovers = await CountAsync("MATCH (n) WHERE n.tieId = $tie RETURN count(n) AS n", ("tie", tie));
        leftovers.ShouldBe(0, "evidence and history of the deleted tie must go with it");
    }

    [Fact]
    public async Task Delete_ConfirmedForFewerTiesThanItNowHas_Is409()
    {
        var (a, _, _) = await PairWithTieAsync();
        var problem = await Client.RefusedAsync(Delete, $"/api/actors/{a}?confirm=true&ties=0", null, HttpStatusCode.Conflict);
        problem.Str("detail").ShouldContain("you confirmed deleting 0 ties, it now has 1");
        (await Client.GetJsonAsync($"/api/actors/{a}")).Str("id").ShouldBe(a);
    }

    [Fact]
    public async Task Delete_StaleVersion_Is409()
    {
        var id = await NewActorAsync();
        var problem = await Client.RefusedAsync(Delete, $"/api/actors/{id}?version=7", null, HttpStatusCode.Conflict);
        problem.Str("code").ShouldBe("RelationsGraph.Edit.StaleVersion");
        (await Client.GetJsonAsync($"/api/actors/{id}")).Str("id").ShouldBe(id);
    }

    [Fact]
    public async Task Delete_ActorThatSaidSomething_KeepsTheEvidenceWithoutNamingIt()
    {
        var speaker = await NewActorAsync();
        var (a, b, tie) = await PairWithTieAsync();
        var evidence = await Client.SendOkAsync(Post, "/api/evidence", new { tieId = tie, sourceId = "seed-report", stance = "denies", by = speaker }, HttpStatusCode.Created);
        await Client.SendOkAsync(Delete, $"/api/actors/{speaker}", null, HttpStatusCode.NoContent);
        var kept = await Client.GetJsonAsync($"/api/evidence/{evidence.Str("id")}");
        kept.Str("stance").ShouldBe("denies");
        kept.GetProperty("by").ValueKind.ShouldBe(JsonValueKind.Null);
        _ = (a, b);
    }

    [Fact]
    public async Task Delete_UnknownActor_Is404()
    {
        await Client.RefusedAsync(Delete, "/api/actors/no-such-actor", null, HttpStatusCode.NotFound);
    }

    private async Task<string> NewActorAsync()
    {
        var id = EditingApp.NewId("actor");
        await Client.SendOkAsync(Post, "/api/actors", new { id, name = $"Actor {id}", kind = "state" }, HttpStatusCode.Created);
        return id;
    }

    private async Task<(string A, string B, string Tie)> PairWithTieAsync()
    {
        var a = await NewActorAsync();
        var b = await NewActorAsync();
        var tie = await Client.SendOkAsync(Post, "/api/ties", new
        {
            type = "AID", source = a, target = b, status = "reported", confidence = 40,
            evidence = new[] { new { sourceId = "seed-report", stance = "asserts", quote = "aid" } },
        }, HttpStatusCode.Created);
        return (a, b, tie.Str("id"));
    }

    private async Task<long> CountAsync(string query, params (string Name, object? Value)[] parameters) =>
        await EditingStore.CountAsync(app, query, parameters);
}
