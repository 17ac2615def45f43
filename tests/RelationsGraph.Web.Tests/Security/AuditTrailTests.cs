using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using RelationsGraph.Web.Tests.Editing;
using RelationsGraph.Web.Tests.Infrastructure;

namespace RelationsGraph.Web.Tests.Security;

/// <summary>The audit trail: query runs with text and parameters, refusals and failures, changes, and the Admins' filters.</summary>
public sealed partial class AuditTrailTests : IAsyncLifetime
{
    private readonly ExplorerFactory _factory = new();
    private HttpClient _viewer = null!;
    private HttpClient _analyst = null!;
    private HttpClient _admin = null!;

    public async Task InitializeAsync()
    {
        _viewer = await _factory.ClientAsync(TestUsers.Viewer);
        _analyst = await _factory.ClientAsync(TestUsers.Analyst);
        _admin = await _factory.ClientAsync(TestUsers.Admin);
    }

    public Task DisposeAsync()
    {
        _viewer.Dispose();
        _analyst.Dispose();
        _admin.Dispose();
        _factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Runs_ConsoleAndSaved_AreRecordedWithWhoTextParametersAndOutcome()
    {
        (await _analyst.PostAsJsonAsync("/api/cypher", new { query = "MATCH (a:Actor {id: $id}) RETURN a.name AS name", parameters = new { id = "russia" } })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _viewer.PostAsJsonAsync("/api/queries/sanctioners-of-actor/run", new { parameters = new { target = "russia" } })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _analyst.PostAsJsonAsync("/api/cypher", new { query = "MATCH (a:Actor) RETRUN a" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await _analyst.PostAsJsonAsync("/api/cypher", new { query = "CREATE (n:Scratch) RETURN n", write = true })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var console = (await _admin.GetJsonAsync("/api/audit?user=analyst&action=query.console")).EnumerateArray().ToList();
        console.Select(e => e.Str("outcome")).ShouldBe(["denied", "refused: Neo.ClientError.Statement.SyntaxError", "ok"]);
        console[2].Str("query").ShouldBe("MATCH (a:Actor {id: $id}) RETURN a.name AS name");
        console[2].Str("parameters").ShouldBe("""{"id":"russia"}""");
        console[2].Str("target").ShouldBe("read");
        console[0].Str("target").ShouldBe("write");
        console.ShouldAllBe(e => e.Str("remoteIp") != "" && e.Str("at").EndsWith('Z'));

        var saved = (await _admin.GetJsonAsync("/api/audit?user=viewer&action=query.run")).EnumerateArray().Single();
        saved.Str("target").ShouldBe("id=sanctioners-of-actor");
        saved.Str("query").ShouldContain("MATCH (s:Actor)-[tie:SANCTIONS]->(t:Actor {id: $target})");
        saved.Str("parameters").ShouldBe("""{"target":"russia"}""");
        saved.GetProperty("status").GetInt32().ShouldBe(200);
    }

    [Fact]
    public async Task Writes_RefusedForTheirRole_AreRecordedAsDenied()
    {
        (await _viewer.PostAsJsonAsync("/api/queries", new { name = "mine", query = "RETURN 1 AS x" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var entry = (await _admin.GetJsonAsync("/api/audit?user=viewer&action=query.create")).EnumerateArray().Single();
        entry.Str("target").ShouldBe("", "refused by role before the action ran: nothing of the body is kept");
        entry.Str("outcome").ShouldBe("denied");
        entry.GetProperty("status").GetInt32().ShouldBe(403);
    }

    [Fact]
    public async Task Filter_ByTimeRange_KeepsOnlyEntriesInside()
    {
        (await _analyst.PostAsJsonAsync("/api/cypher", new { query = "RETURN 'in range' AS x" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        (await _admin.GetJsonAsync($"/api/audit?user=analyst&from={today}&to={today}")).EnumerateArray().ShouldContain(e => e.Str("query") == "RETURN 'in range' AS x");
        (await _admin.GetJsonAsync("/api/audit?user=analyst&to=2000-01-01")).GetArrayLength().ShouldBe(0);
        var bad = await _admin.GetProblemAsync("/api/audit?from=yesterday", HttpStatusCode.BadRequest);
        bad.Str("detail").ShouldContain("'from' must be a date");
    }

    [Fact]
    public async Task AdminPages_CreateAUser_ShowTheOneTimePasswordOnceAndAuditTheChange()
    {
        using var created = await _admin.PostFormAsync("/admin/users", "/admin/users", new Dictionary<string, string> { ["name"] = "dora", ["role"] = "Analyst" });
        var html = await created.Content.ReadAsStringAsync();
        created.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        var password = OneTimePassword().Match(html).Groups[1].Value;
        password.Length.ShouldBe(20);

        var (dora, tokens) = _factory.CreateBrowserLikeClient();
        using (dora)
        {
            (await dora.PostSignInAsync("dora", password)).Headers.Location!.ToString().ShouldStartWith("/account/password");
            tokens.Token = await dora.PageTokenAsync();
            (await dora.GetAsync(new Uri("/api/registry", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }

        using (var again = await _admin.PostFormAsync("/admin/users", "/admin/users", new Dictionary<string, string> { ["name"] = "dora", ["role"] = "Viewer" }))
        {
            again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        }

        using (var self = await _admin.PostFormAsync("/admin/users", "/admin/users/admin/disable", new Dictionary<string, string>()))
        {
            self.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await self.Content.ReadAsStringAsync()).ShouldContain("You cannot demote or disable yourself");
        }

        var trail = (await _admin.GetJsonAsync("/api/audit?user=admin&action=user.")).EnumerateArray().ToList();
        trail.Select(e => (e.Str("action"), e.Str("target"))).ShouldContain(("user.create", "dora"));
        var page = await (await _admin.GetAsync(new Uri("/admin/audit?action=user.create", UriKind.Relative))).Content.ReadAsStringAsync();
        page.ShouldContain("dora");
        page.ShouldNotContain(password);
        trail.ShouldAllBe(e => !e.ToString().Contains(password, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Edits_ThroughTheApi_AreRecordedWithWhoActionAndTargetId()
    {
        var actor = "audit-api-" + Guid.NewGuid().ToString("N")[..8];
        var source = actor + "-src";
        (await _analyst.SendOkAsync(HttpMethod.Post, "/api/actors", new { id = actor, name = "Audit API actor", kind = "state" }, HttpStatusCode.Created)).Str("id").ShouldBe(actor);
        await _analyst.SendOkAsync(HttpMethod.Put, $"/api/actors/{actor}", new { name = "Audit API actor, renamed", kind = "state", version = 1 }, HttpStatusCode.OK);
        var tie = (await _analyst.SendOkAsync(HttpMethod.Post, "/api/ties", new { type = "AID", source = actor, target = "russia", status = "reported" }, HttpStatusCode.Created)).Str("id");
        await _analyst.SendOkAsync(HttpMethod.Put, $"/api/ties/{tie}", new { status = "confirmed", version = 1 }, HttpStatusCode.OK);
        await _analyst.SendOkAsync(HttpMethod.Post, "/api/sources", new { id = source, title = "Audit API source" }, HttpStatusCode.Created);
        var evidence = (await _analyst.SendOkAsync(HttpMethod.Post, "/api/evidence", new { tieId = tie, sourceId = source, stance = "asserts" }, HttpStatusCode.Created)).Str("id");
        var (deleted, _, response) = await _analyst.SendAsync(HttpMethod.Delete, $"/api/evidence/{evidence}");
        response.Dispose();
        deleted.ShouldBe(HttpStatusCode.NoContent);

        var trail = await TrailAsync("analyst");
        trail.ShouldContain(("analyst", "actor.create", $"id={actor}", "ok"));
        trail.ShouldContain(("analyst", "actor.update", $"id={actor}", "ok"));
        trail.ShouldContain(("analyst", "tie.create", $"id={tie}", "ok"));
        trail.ShouldContain(("analyst", "tie.update", $"id={tie}", "ok"));
        trail.ShouldContain(("analyst", "source.create", $"id={source}", "ok"));
        trail.ShouldContain(("analyst", "evidence.create", $"id={evidence}", "ok"));
        trail.ShouldContain(("analyst", "evidence.delete", $"id={evidence}", "ok"));
    }

    [Fact]
    public async Task Edits_ThroughTheForms_AreRecordedWithWhoActionAndTargetId()
    {
        var actor = "audit-form-" + Guid.NewGuid().ToString("N")[..8];
        var source = actor + "-src";
        (await _admin.PostPageFormAsync("/edit/actors/new", "/edit/actors/new", Fields(("id", actor), ("name", "Audit form actor"), ("kind", "state")))).Status.ShouldBe(HttpStatusCode.Redirect);
        (await _admin.PostPageFormAsync($"/edit/actors/{actor}", $"/edit/actors/{actor}", Fields(("name", "Audit form actor, renamed"), ("kind", "state"), ("version", "1")))).Status.ShouldBe(HttpStatusCode.Redirect);
        var (tieStatus, _, tieLocation) = await _admin.PostPageFormAsync("/edit/ties/new", "/edit/ties/new", Fields(
            ("type", "AID"), ("source", actor), ("target", "russia"), ("status", "reported"), ("evidenceSourceId", ""), ("evidenceStance", "asserts")));
        tieStatus.ShouldBe(HttpStatusCode.Redirect);
        var tie = tieLocation!.ToString()["/edit/ties/".Length..];
        (await _admin.PostPageFormAsync("/edit/sources/new", "/edit/sources/new", Fields(("id", source), ("title", "Audit form source")))).Status.ShouldBe(HttpStatusCode.Redirect);
        (await _admin.PostPageFormAsync($"/edit/evidence/new?tieId={tie}", "/edit/evidence/new", Fields(("tieId", tie), ("sourceId", source), ("stance", "asserts")))).Status.ShouldBe(HttpStatusCode.Redirect);
        var evidence = (await _admin.GetJsonAsync($"/api/ties/{tie}")).Items("evidence").Single().Str("id");
        // A refused form post is recorded as refused, under the same action.
        (await _admin.PostPageFormAsync("/edit/sources/new", "/edit/sources/new", Fields(("id", source), ("title", "Same id again")))).Status.ShouldBe(HttpStatusCode.Conflict);

        var trail = await TrailAsync("admin");
        trail.ShouldContain(("admin", "actor.create", $"id={actor}", "ok"));
        trail.ShouldContain(("admin", "actor.update", $"id={actor}", "ok"));
        trail.ShouldContain(("admin", "tie.create", $"id={tie}", "ok"));
        trail.ShouldContain(("admin", "source.create", $"id={source}", "ok"));
        trail.ShouldContain(("admin", "evidence.create", $"id={evidence}", "ok"));
        trail.ShouldContain(e => e.Action == "source.create" && e.Outcome == "refused");
        trail.ShouldNotContain(e => e.Action.StartsWith("POST /edit/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Trail_AfterARestartOnTheSameStore_StillHasTheOldEntries()
    {
        var folder = Directory.CreateTempSubdirectory("rg-audit-restart-").FullName;
        try
        {
            var store = Path.Combine(folder, "graph.db");
            var marker = "RETURN 'before the restart " + Guid.NewGuid().ToString("N") + "' AS x";
            var actor = "audit-restart-" + Guid.NewGuid().ToString("N")[..8];
            string firstAt;
            using (var first = new ExplorerFactory(store))
            {
                using var analyst = await first.ClientAsync(TestUsers.Analyst);
                (await analyst.PostAsJsonAsync("/api/cypher", new { query = marker })).StatusCode.ShouldBe(HttpStatusCode.OK);
                await analyst.SendOkAsync(HttpMethod.Post, "/api/actors", new { id = actor, name = "Restart actor", kind = "state" }, HttpStatusCode.Created);
                using var admin = await first.ClientAsync(TestUsers.Admin);
                firstAt = (await admin.GetJsonAsync("/api/audit?user=analyst&action=query.console")).EnumerateArray().Single(e => e.Str("query") == marker).Str("at");
            }

            File.Exists(Path.Combine(folder, "graph.security.db")).ShouldBeTrue("the security store is a file beside the graph");
            using var second = new ExplorerFactory(store);
            using var secondAdmin = await second.ClientAsync(TestUsers.Admin);
            var console = (await secondAdmin.GetJsonAsync("/api/audit?user=analyst&action=query.console")).EnumerateArray().Single(e => e.Str("query") == marker);
            console.Str("at").ShouldBe(firstAt);
            console.Str("outcome").ShouldBe("ok");
            (await secondAdmin.GetJsonAsync("/api/audit?user=analyst&action=actor.create")).EnumerateArray()
                .ShouldContain(e => e.Str("target") == $"id={actor}" && e.Str("outcome") == "ok");
        }
        finally
        {
            ExplorerFactory.TryDelete(folder);
        }
    }

    private async Task<List<(string User, string Action, string Target, string Outcome)>> TrailAsync(string user) =>
        (await _admin.GetJsonAsync($"/api/audit?user={user}&limit=500")).EnumerateArray()
            .Select(e => (e.Str("user"), e.Str("action"), e.Str("target"), e.Str("outcome")))
            .ToList();

    private static Dictionary<string, string> Fields(params (string Name, string Value)[] fields) =>
        fields.ToDictionary(f => f.Name, f => f.Value, StringComparer.Ordinal);

    [GeneratedRegex("<code>([A-Za-z0-9]{20})</code>")]
    private static partial Regex OneTimePassword();
}
