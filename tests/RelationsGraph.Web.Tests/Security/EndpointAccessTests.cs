using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using RelationsGraph.Web.Security;
using RelationsGraph.Web.Tests.Infrastructure;

namespace RelationsGraph.Web.Tests.Security;

/// <summary>
/// Every endpoint the app maps, with the least role it admits. The list is read from the app's own endpoint data
/// source: an endpoint added without a decision here fails <see cref="Endpoints_AllMapped_HaveTheRoleThisTableGives"/>,
/// and each one is then called anonymously, by the role below its minimum and by its minimum role, through the real
/// pipeline (session cookie, anti-forgery token).
/// </summary>
[Collection(SecurityAppCollection.Name)]
public sealed class EndpointAccessTests(SecurityApp app)
{
    private const string Anonymous = "Anonymous";

    private static Dictionary<string, string> Form(params (string Key, string Value)[] fields) =>
        fields.ToDictionary(f => f.Key, f => f.Value);

    /// <summary>"METHOD route" → least role, and a request that reaches the endpoint without changing anything lasting.</summary>
    public static readonly IReadOnlyDictionary<string, (string Role, string Url, object? Body)> Table =
        new Dictionary<string, (string, string, object?)>(StringComparer.Ordinal)
        {
            ["GET {controller=Home}/{action=Index}/{id?}"] = (Roles.Viewer, "/", null),
            ["GET console"] = (Roles.Viewer, "/console", null),
            ["GET api/actors"] = (Roles.Viewer, "/api/actors?q=rus", null),
            ["GET api/actors/{id}"] = (Roles.Viewer, "/api/actors/russia", null),
            ["GET api/graph/neighbourhood"] = (Roles.Viewer, "/api/graph/neighbourhood?actor=russia", null),
            ["GET api/graph/path"] = (Roles.Viewer, "/api/graph/path?from=russia&to=ukraine", null),
            ["GET api/ties/{id}"] = (Roles.Viewer, "/api/ties/north-korea-troops-russia", null),
            ["GET api/registry"] = (Roles.Viewer, "/api/registry", null),
            ["GET health"] = (Anonymous, "/health", null),
            ["GET openapi/{documentName}.json"] = (Roles.Viewer, "/openapi/v1.json", null),
            ["GET api/queries"] = (Roles.Viewer, "/api/queries", null),
            ["GET api/queries/{id}"] = (Roles.Viewer, "/api/queries/denied-ties", null),
            ["POST api/queries/{id}/run"] = (Roles.Viewer, "/api/queries/denied-ties/run", new { parameters = new { } }),
            ["POST api/queries"] = (Roles.Analyst, "/api/queries", new { name = "" }),
            ["PUT api/queries/{id}"] = (Roles.Analyst, "/api/queries/user-missing", new { name = "x", query = "RETURN 1 AS x" }),
            ["DELETE api/queries/{id}"] = (Roles.Analyst, "/api/queries/user-missing", null),
            ["POST api/cypher"] = (Roles.Analyst, "/api/cypher", new { query = "RETURN 1 AS one" }),
            ["POST api/cypher/check"] = (Roles.Analyst, "/api/cypher/check", new { query = "RETURN 1 AS one" }),
            ["GET api/audit"] = (Roles.Admin, "/api/audit?limit=1", null),
            ["GET account/signin"] = (Anonymous, "/account/signin", null),
            ["POST account/signin"] = (Anonymous, "/account/signin", Form(("Name", "nobody"), ("Password", "wrong-password-1"))),
            ["POST account/signout"] = (Roles.Viewer, "/account/signout", Form()),
            ["GET account/password"] = (Roles.Viewer, "/account/password", null),
            ["POST account/password"] = (Roles.Viewer, "/account/password", Form(("Current", "not-the-password"), ("New", "x"), ("Confirm", "x"))),
            ["GET account/denied"] = (Roles.Viewer, "/account/denied", null),
            ["GET admin/users"] = (Roles.Admin, "/admin/users", null),
            ["POST admin/users"] = (Roles.Admin, "/admin/users", Form(("name", "Not A Name!"), ("role", "Viewer"))),
            ["POST admin/users/{name}/role"] = (Roles.Admin, "/admin/users/nobody/role", Form(("role", "Viewer"))),
            ["POST admin/users/{name}/password"] = (Roles.Admin, "/admin/users/nobody/password", Form()),
            ["POST admin/users/{name}/unlock"] = (Roles.Admin, "/admin/users/nobody/unlock", Form()),
            ["POST admin/users/{name}/disable"] = (Roles.Admin, "/admin/users/nobody/disable", Form()),
            ["POST admin/users/{name}/enable"] = (Roles.Admin, "/admin/users/nobody/enable", Form()),
            ["GET admin/audit"] = (Roles.Admin, "/admin/audit", null),
            ["POST api/actors"] = (Roles.Analyst, "/api/actors", new { name = "" }),
            ["PUT api/actors/{id}"] = (Roles.Analyst, "/api/actors/missing-actor", new { name = "x", kind = "state", version = 0 }),
            ["DELETE api/actors/{id}"] = (Roles.Analyst, "/api/actors/missing-actor", null),
            ["POST api/ties"] = (Roles.Analyst, "/api/ties", new { type = "" }),
            ["PUT api/ties/{id}"] = (Roles.Analyst, "/api/ties/missing-tie", new { status = "reported", version = 0 }),
            ["DELETE api/ties/{id}"] = (Roles.Analyst, "/api/ties/missing-tie", null),
            ["GET api/ties/{id}/history"] = (Roles.Viewer, "/api/ties/north-korea-troops-russia/history", null),
            ["GET api/sources"] = (Roles.Viewer, "/api/sources", null),
            ["GET api/sources/{id}"] = (Roles.Viewer, "/api/sources/seed-report", null),
            ["POST api/sources"] = (Roles.Analyst, "/api/sources", new { title = "" }),
            ["PUT api/sources/{id}"] = (Roles.Analyst, "/api/sources/missing-source", new { title = "x", version = 0 }),
            ["DELETE api/sources/{id}"] = (Roles.Analyst, "/api/sources/missing-source", null),
            ["GET api/evidence/{id}"] = (Roles.Viewer, "/api/evidence/ev-troops-nis", null),
            ["POST api/evidence"] = (Roles.Analyst, "/api/evidence", new { stance = "" }),
            ["PUT api/evidence/{id}"] = (Roles.Analyst, "/api/evidence/missing-evidence", new { sourceId = "seed-report", stance = "asserts", version = 0 }),
            ["DELETE api/evidence/{id}"] = (Roles.Analyst, "/api/evidence/missing-evidence", null),
            ["GET edit"] = (Roles.Analyst, "/edit", null),
            ["GET edit/actors/new"] = (Roles.Analyst, "/edit/actors/new", null),
            ["POST edit/actors/new"] = (Roles.Analyst, "/edit/actors/new", Form(("name", ""))),
            ["GET edit/actors/{id}"] = (Roles.Analyst, "/edit/actors/russia", null),
            ["POST edit/actors/{id}"] = (Roles.Analyst, "/edit/actors/missing-actor", Form(("name", "x"), ("kind", "state"), ("version", "0"))),
            ["GET edit/actors/{id}/delete"] = (Roles.Analyst, "/edit/actors/russia/delete", null),
            ["POST edit/actors/{id}/delete"] = (Roles.Analyst, "/edit/actors/missing-actor/delete", Form(("version", "0"))),
            ["GET edit/ties/new"] = (Roles.Analyst, "/edit/ties/new", null),
            ["POST edit/ties/new"] = (Roles.Analyst, "/edit/ties/new", Form(("type", ""))),
            ["GET edit/ties/{id}"] = (Roles.Analyst, "/edit/ties/north-korea-troops-russia", null),
            ["POST edit/ties/{id}"] = (Roles.Analyst, "/edit/ties/missing-tie", Form(("status", "reported"), ("version", "0"))),
            ["GET edit/ties/{id}/delete"] = (Roles.Analyst, "/edit/ties/north-korea-troops-russia/delete", null),
            ["POST edit/ties/{id}/delete"] = (Roles.Analyst, "/edit/ties/missing-tie/delete", Form(("version", "0"))),
            ["GET edit/sources/new"] = (Roles.Analyst, "/edit/sources/new", null),
            ["POST edit/sources/new"] = (Roles.Analyst, "/edit/sources/new", Form(("title", ""))),
            ["GET edit/sources/{id}"] = (Roles.Analyst, "/edit/sources/seed-report", null),
            ["POST edit/sources/{id}"] = (Roles.Analyst, "/edit/sources/missing-source", Form(("title", "x"), ("version", "0"))),
            ["GET edit/sources/{id}/delete"] = (Roles.Analyst, "/edit/sources/seed-report/delete", null),
            ["POST edit/sources/{id}/delete"] = (Roles.Analyst, "/edit/sources/missing-source/delete", Form(("version", "0"))),
            ["GET edit/evidence/new"] = (Roles.Analyst, "/edit/evidence/new?tieId=north-korea-troops-russia", null),
            ["POST edit/evidence/new"] = (Roles.Analyst, "/edit/evidence/new", Form(("tieId", "missing-tie"))),
            ["GET edit/evidence/{id}"] = (Roles.Analyst, "/edit/evidence/ev-troops-nis", null),
            ["POST edit/evidence/{id}"] = (Roles.Analyst, "/edit/evidence/missing-evidence", Form(("sourceId", "seed-report"), ("stance", "asserts"), ("version", "0"))),
            ["GET edit/evidence/{id}/delete"] = (Roles.Analyst, "/edit/evidence/ev-troops-nis/delete", null),
            ["POST edit/evidence/{id}/delete"] = (Roles.Analyst, "/edit/evidence/missing-evidence/delete", Form(("version", "0"))),
            ["GET import"] = (Roles.Analyst, "/import", null),
            ["GET export"] = (Roles.Viewer, "/export", null),
            ["GET api/export/{file}"] = (Roles.Viewer, "/api/export/graph.graphml", null),
            ["GET api/imports/presets"] = (Roles.Analyst, "/api/imports/presets", null),
            ["GET api/imports/presets/{id}"] = (Roles.Analyst, "/api/imports/presets/cow-states", null),
            ["POST api/imports/uploads"] = (Roles.Analyst, "/api/imports/uploads", Form(("delimiter", ","))),
            ["GET api/imports/uploads/{id}"] = (Roles.Analyst, "/api/imports/uploads/missing-upload", null),
            ["POST api/imports"] = (Roles.Analyst, "/api/imports", new { uploadId = "missing-upload" }),
            ["GET api/imports/{id}"] = (Roles.Analyst, "/api/imports/missing-job", null),
            ["GET api/imports/{id}/rows"] = (Roles.Analyst, "/api/imports/missing-job/rows", null),
        };

    public static TheoryData<string> Keys => new(Table.Keys);

    [Fact]
    public async Task Endpoints_AllMapped_HaveTheRoleThisTableGives()
    {
        using var _ = app.Factory.CreateClient();
        var services = app.Factory.Services;
        // Endpoints that only serve link generation are never matched by a request.
        var endpoints = services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ISuppressMatchingMetadata>()?.SuppressMatching != true)
            .ToList();
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var endpoint in endpoints)
        {
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"];
            foreach (var method in methods)
            {
                found[$"{method} {endpoint.RoutePattern.RawText?.TrimStart('/')}"] = await LeastRoleAsync(services, endpoint);
            }
        }

        found.Keys.Order(StringComparer.Ordinal).ShouldBe(Table.Keys.Order(StringComparer.Ordinal), "every endpoint needs a row in the table: decide its role");
        foreach (var (key, role) in found)
        {
            role.ShouldBe(Table[key].Role, key);
        }
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public async Task Endpoint_Anonymous_IsRefusedUnlessOpen(string key)
    {
        var (role, url, body) = Table[key];
        var (client, _) = app.Factory.CreateBrowserLikeClient();
        using (client)
        {
            var method = key[..key.IndexOf(' ', StringComparison.Ordinal)];
            if (role == Anonymous && method != "GET")
            {
                // The sign-in form carries its own token; a request without it is refused before anything else.
                var token = await client.FormTokenAsync("/account/signin");
                body = new Dictionary<string, string>((Dictionary<string, string>)body!) { ["__RequestVerificationToken"] = token };
            }

            using var request = AccessCheck.Request(method, url, body);
            using var response = await client.SendAsync(request);
            (await AccessCheck.ClassifyAsync(response)).ShouldBe(role == Anonymous ? Access.Allowed : Access.Unauthenticated, $"{key}: {response.StatusCode}");
        }
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public async Task Endpoint_EachRole_IsAllowedFromItsMinimumAndForbiddenBelow(string key)
    {
        var (role, url, body) = Table[key];
        if (role == Anonymous)
        {
            return;
        }

        var method = key[..key.IndexOf(' ', StringComparison.Ordinal)];
        var endsSession = key == "POST account/signout";
        foreach (var user in TestUsers.All)
        {
            // Signing out ends the session, so that one gets a session of its own.
            var client = endsSession ? await app.Factory.CreateClientAsync(user) : app.As(user);
            using var request = AccessCheck.Request(method, url, body);
            using var response = await client.SendAsync(request);
            var expected = Roles.AtLeast(role).Contains(user.Role) ? Access.Allowed : Access.Forbidden;
            (await AccessCheck.ClassifyAsync(response)).ShouldBe(expected, $"{key} as {user.Role}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            if (endsSession)
            {
                client.Dispose();
            }
        }
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public async Task Endpoint_ThatCanChangeSomething_RefusesARequestWithoutTheAntiforgeryToken(string key)
    {
        var (role, url, body) = Table[key];
        var method = key[..key.IndexOf(' ', StringComparison.Ordinal)];
        if (method == "GET")
        {
            return;
        }

        using var anonymous = app.Factory.CreateBrowserLikeClient().Client;
        var client = role == Anonymous ? anonymous : app.AdminWithoutToken;
        using var request = AccessCheck.Request(method, url, body);
        using var response = await client.SendAsync(request);
        (await AccessCheck.ClassifyAsync(response)).ShouldBe(Access.NoAntiforgery, $"{key}: {response.StatusCode}");

        using var forged = AccessCheck.Request(method, url, body);
        forged.Headers.Add(AntiforgeryHeaderHandler.Header, "CfDJ8-forged-token");
        using var refused = await client.SendAsync(forged);
        (await AccessCheck.ClassifyAsync(refused)).ShouldBe(Access.NoAntiforgery, $"{key} with a forged token: {refused.StatusCode}");
    }

    /// <summary>The least of anonymous, Viewer, Analyst, Admin that the endpoint's combined policy admits, evaluated as the middleware does.</summary>
    private static async Task<string> LeastRoleAsync(IServiceProvider services, Endpoint endpoint)
    {
        if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
        {
            return Anonymous;
        }

        var provider = services.GetRequiredService<IAuthorizationPolicyProvider>();
        var policy = await AuthorizationPolicy.CombineAsync(provider, endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>(), endpoint.Metadata.GetOrderedMetadata<AuthorizationPolicy>())
            ?? await provider.GetFallbackPolicyAsync();
        if (policy is null)
        {
            return Anonymous;
        }

        var authorization = services.GetRequiredService<IAuthorizationService>();
        if ((await authorization.AuthorizeAsync(new ClaimsPrincipal(new ClaimsIdentity()), policy)).Succeeded)
        {
            return Anonymous;
        }

        foreach (var role in Roles.All)
        {
            var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "probe"), new Claim(ClaimTypes.Role, role)], "probe"));
            if ((await authorization.AuthorizeAsync(principal, policy)).Succeeded)
            {
                return role;
            }
        }

        return "nobody";
    }
}
