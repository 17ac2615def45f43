using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
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

    [GeneratedRegex("<code>([A-Za-z0-9]{20})</code>")]
    private static partial Regex OneTimePassword();
}
