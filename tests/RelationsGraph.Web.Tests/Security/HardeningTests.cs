using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using RelationsGraph.Core.Backend;
using RelationsGraph.Web.Tests.Infrastructure;

namespace RelationsGraph.Web.Tests.Security;

/// <summary>Security headers, request size limits, rate limits, and error responses without internals.</summary>
[Collection(SecurityAppCollection.Name)]
public sealed partial class HardeningTests(SecurityApp app)
{
    [Theory]
    [InlineData("/account/signin", false)]
    [InlineData("/", true)]
    [InlineData("/api/registry", true)]
    [InlineData("/api/actors/no-such-actor", true)]
    [InlineData("/css/site.css", false)]
    [InlineData("/no/such/page", true)]
    public async Task Response_AnyKind_CarriesTheSecurityHeaders(string url, bool signedIn)
    {
        var client = signedIn ? app.As(TestUsers.Viewer) : app.Factory.CreateBrowserLikeClient().Client;
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var headers = response.Headers;
        var csp = headers.GetValues("Content-Security-Policy").Single();
        csp.ShouldContain("default-src 'self'");
        csp.ShouldContain("script-src 'self';");
        csp.ShouldContain("frame-ancestors 'none'");
        csp.ShouldNotContain("unsafe-inline");
        csp.ShouldNotContain("unsafe-eval");
        headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        headers.GetValues("X-Frame-Options").Single().ShouldBe("DENY");
        headers.GetValues("Referrer-Policy").Single().ShouldBe("same-origin");
        headers.GetValues("Permissions-Policy").Single().ShouldContain("camera=()");
        headers.Contains("Server").ShouldBeFalse();
    }

    [Fact]
    public async Task Pages_EveryGetView_HasNoInlineScriptOrStyleAndIsNotCached()
    {
        var urls = PageUrls();
        urls.Count.ShouldBeGreaterThanOrEqualTo(20, string.Join(", ", urls));
        using var anonymous = app.Factory.CreateBrowserLikeClient().Client;
        foreach (var (url, expected) in urls)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
            request.Headers.Accept.ParseAdd("text/html");
            var response = await app.As(TestUsers.Admin).SendAsync(request);
            if ((int)response.StatusCode is >= 300 and < 400)
            {
                // Pages for those not signed in (sign-in) send a signed-in user on: read them as a visitor does.
                response.Dispose();
                using var again = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
                again.Headers.Accept.ParseAdd("text/html");
                response = await anonymous.SendAsync(again);
            }

            using (response)
            {
                var html = await response.Content.ReadAsStringAsync();
                response.StatusCode.ShouldBe(expected, url);
                response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html", url);
                InlineScript().IsMatch(html).ShouldBeFalse($"{url} has an inline script");
                html.ShouldNotContain("<style", Case.Insensitive, url);
                html.ShouldNotContain("style=\"", Case.Insensitive, url);
                html.ShouldNotContain("javascript:", Case.Insensitive, url);
                InlineHandler().IsMatch(html).ShouldBeFalse($"{url} has an inline event handler");
                response.Headers.CacheControl!.NoStore.ShouldBeTrue(url);
            }
        }
    }

    /// <summary>
    /// Every page the app serves: each GET action of an MVC (view) controller in the endpoint table, its route values
    /// filled with seeded records, plus the variants reached with a query string and the not-found pages. A page
    /// with a route value not listed here fails the test, so a new page cannot be left out silently.
    /// </summary>
    private List<(string Url, HttpStatusCode Status)> PageUrls()
    {
        var samples = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["edit/actors/{id}"] = "russia",
            ["edit/ties/{id}"] = "north-korea-troops-russia",
            ["edit/sources/{id}"] = "seed-report",
            ["edit/evidence/{id}"] = "ev-troops-nis",
        };
        // Pages that answer with their own status: the not-allowed page, and evidence without ?tieId= (it is added to
        // a tie, so that is the not-found page; the variant with one is below).
        var statuses = new Dictionary<string, HttpStatusCode>(StringComparer.Ordinal)
        {
            ["/account/denied"] = HttpStatusCode.Forbidden,
            ["/edit/evidence/new"] = HttpStatusCode.NotFound,
        };
        var urls = new List<(string, HttpStatusCode)>();
        var endpoints = app.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ControllerActionDescriptor>() is { } action && typeof(Controller).IsAssignableFrom(action.ControllerTypeInfo))
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains("GET") == true)
            .Where(e => e.Metadata.GetMetadata<ISuppressMatchingMetadata>()?.SuppressMatching != true);
        foreach (var endpoint in endpoints)
        {
            var pattern = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            if (endpoint.RoutePattern.GetParameter("controller") is not null
                && endpoint.RoutePattern.RequiredValues.TryGetValue("controller", out var controller) && endpoint.RoutePattern.RequiredValues.TryGetValue("action", out var action))
            {
                // Reached through the conventional route ({controller}/{action}/{id?}): by its own names.
                urls.Add(($"/{controller}/{action}", HttpStatusCode.OK));
                continue;
            }

            foreach (var parameter in endpoint.RoutePattern.Parameters)
            {
                var token = "{" + parameter.Name + "}";
                var raw = endpoint.RoutePattern.RawText!.TrimStart('/');
                var key = raw[..(raw.IndexOf(token, StringComparison.Ordinal) + token.Length)];
                samples.TryGetValue(key, out var value).ShouldBeTrue($"no sample value for {key}: add one");
                pattern = pattern.Replace(token, value, StringComparison.Ordinal);
            }

            urls.Add((pattern, statuses.GetValueOrDefault(pattern, HttpStatusCode.OK)));
        }

        urls.Add(("/", HttpStatusCode.OK));
        urls.Add(("/edit/evidence/new?tieId=russia-invades-ukraine", HttpStatusCode.OK));
        urls.Add(("/edit/ties/new?source=russia&target=ukraine", HttpStatusCode.OK));
        urls.Add(("/edit?q=kim", HttpStatusCode.OK));
        urls.Add(("/edit/actors/no-such-actor", HttpStatusCode.NotFound));
        urls.Add(("/edit/ties/no-such-tie/delete", HttpStatusCode.NotFound));
        return urls.Distinct().ToList();
    }

    [GeneratedRegex(@"<script(?![^>]*\ssrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex InlineHandler();

    [Fact]
    public async Task Body_LargerThanTheLimit_Is413ProblemDetailsBeforeAnythingRuns()
    {
        var query = "RETURN '" + new string('x', 1_100_000) + "' AS big";
        using var content = new StringContent($$"""{"query":"{{query}}"}""", Encoding.UTF8, "application/json");
        using var response = await app.As(TestUsers.Analyst).PostAsync(new Uri("/api/cypher", UriKind.Relative), content);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge, body);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        body.ShouldContain("RelationsGraph.Request.TooLarge");
    }

    [Fact]
    public async Task ChunkedBody_LargerThanTheLimit_IsCutByTheServerWith413()
    {
        using var factory = new ExplorerFactory(null, "Production", settings: new Dictionary<string, string> { ["Security:MaxRequestBodyBytes"] = "4096" });
        using var client = await KestrelClientAsync(factory);
        using var content = new PushStreamContent(20_000);
        using var response = await client.PostAsync(new Uri("/api/cypher", UriKind.Relative), content);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge, body);
        body.ShouldContain("RelationsGraph.Request.TooLarge");
    }

    /// <summary>The app on a real port, and an Analyst's client over a real socket (which sends a body of unknown length chunked).</summary>
    private static async Task<HttpClient> KestrelClientAsync(ExplorerFactory factory)
    {
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()
            .Replace("[::]", "127.0.0.1", StringComparison.Ordinal);
        var handler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() };
        var client = new HttpClient(handler, disposeHandler: true) { BaseAddress = new Uri(address) };
        (await client.PostSignInAsync(TestUsers.Analyst.Name, TestUsers.Analyst.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        client.DefaultRequestHeaders.Add(AntiforgeryHeaderHandler.Header, await client.PageTokenAsync());
        return client;
    }

    private static async Task ShouldBeTooLargeAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge, body);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        using var problem = System.Text.Json.JsonDocument.Parse(body);
        problem.RootElement.GetProperty("code").GetString().ShouldBe("RelationsGraph.Request.TooLarge");
        problem.RootElement.GetProperty("status").GetInt32().ShouldBe(413);
    }

    [Fact]
    public async Task Upload_DeclaredLengthOverTheUploadLimit_Is413ProblemDetailsWithCode()
    {
        using var factory = new ExplorerFactory(null, settings: new Dictionary<string, string> { ["Security:MaxUploadBytes"] = "4096" });
        using var client = await factory.ClientAsync(TestUsers.Analyst);
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes("id,name\n" + new string('x', 10_000))), "file", "big.csv");
        using var response = await client.PostAsync(new Uri("/api/imports/uploads", UriKind.Relative), form);
        await ShouldBeTooLargeAsync(response);
    }

    [Fact]
    public async Task Upload_ChunkedOverTheUploadLimit_IsCutWith413ProblemDetailsWithCode()
    {
        using var factory = new ExplorerFactory(null, "Production", settings: new Dictionary<string, string> { ["Security:MaxUploadBytes"] = "4096" });
        using var client = await KestrelClientAsync(factory);
        // A multipart body with no length: the server has to cut it while the form is read.
        const string boundary = "rg-boundary";
        using var content = new PushStreamContent(
            20_000,
            $"multipart/form-data; boundary={boundary}",
            $"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\nContent-Type: text/csv\r\n\r\nid,name\r\n",
            $"\r\n--{boundary}--\r\n");
        using var response = await client.PostAsync(new Uri("/api/imports/uploads", UriKind.Relative), content);
        await ShouldBeTooLargeAsync(response);
    }

    [Fact]
    public async Task Upload_ChunkedUnderTheUploadLimit_IsStillRead()
    {
        using var factory = new ExplorerFactory(null, "Production", settings: new Dictionary<string, string> { ["Security:MaxUploadBytes"] = "4096" });
        using var client = await KestrelClientAsync(factory);
        const string boundary = "rg-boundary";
        using var content = new PushStreamContent(
            0,
            $"multipart/form-data; boundary={boundary}",
            $"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"small.csv\"\r\nContent-Type: text/csv\r\n\r\nid,name\r\nx,X\r\n",
            $"\r\n--{boundary}--\r\n");
        using var response = await client.PostAsync(new Uri("/api/imports/uploads", UriKind.Relative), content);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Created, body);
        body.ShouldContain("small.csv");
    }

    [Fact]
    public async Task Upload_NotAForm_Is400ProblemDetailsNot500()
    {
        using var factory = new ExplorerFactory(null);
        using var client = await factory.ClientAsync(TestUsers.Analyst);
        using var response = await client.PostAsync(new Uri("/api/imports/uploads", UriKind.Relative), Json("""{"file":"x"}"""));
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        body.ShouldContain("form field 'file'");
    }

    [Fact]
    public async Task GraphReads_TooManyByOneUser_Are429ProblemDetailsWhileOthersStillRead()
    {
        using var factory = new ExplorerFactory(null, settings: new Dictionary<string, string>
        {
            ["Security:GraphRequestsPerWindow"] = "3",
            ["Security:GraphWindowSeconds"] = "600",
        });
        using var viewer = await factory.ClientAsync(TestUsers.Viewer);
        using var analyst = await factory.ClientAsync(TestUsers.Analyst);
        (await viewer.GetAsync(new Uri("/api/graph/neighbourhood?actor=russia", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await viewer.GetAsync(new Uri("/api/graph/path?from=russia&to=ukraine", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await viewer.GetAsync(new Uri("/api/graph/neighbourhood", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);

        foreach (var url in new[] { "/api/graph/neighbourhood?actor=russia", "/api/graph/path?from=russia&to=ukraine" })
        {
            using var limited = await viewer.GetAsync(new Uri(url, UriKind.Relative));
            var body = await limited.Content.ReadAsStringAsync();
            limited.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests, url);
            limited.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
            limited.Headers.RetryAfter.ShouldNotBeNull();
            body.ShouldContain("RelationsGraph.Request.RateLimited");
        }

        (await analyst.GetAsync(new Uri("/api/graph/neighbourhood?actor=russia", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
        // The graph limit is its own: the viewer's saved-query runs are not used up by it.
        (await viewer.PostAsync(new Uri("/api/queries/denied-ties/run", UriKind.Relative), Json("{}"))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task GraphReads_DefaultLimit_LetsAnExplorerBurstThrough()
    {
        // What the explorer does when a user expands, filters and scrubs quickly: a burst of graph reads, well under
        // the default of 600 per 10 s, none refused.
        using var factory = new ExplorerFactory(null);
        using var viewer = await factory.ClientAsync(TestUsers.Viewer);
        var answers = await Task.WhenAll(Enumerable.Range(0, 150).Select(async i =>
        {
            using var response = await viewer.GetAsync(new Uri(i % 2 == 0 ? "/api/graph/neighbourhood?actor=russia" : "/api/graph/path?from=russia&to=ukraine", UriKind.Relative));
            return response.StatusCode;
        }));
        answers.ShouldAllBe(s => s == HttpStatusCode.OK);
    }

    [Fact]
    public async Task SignIn_TooManyFromOneAddress_Is429WithRetryAfter()
    {
        using var factory = new ExplorerFactory(null, settings: new Dictionary<string, string> { ["Security:SignInPerMinute"] = "3" });
        var (client, _) = factory.CreateBrowserLikeClient();
        for (var i = 0; i < 3; i++)
        {
            (await client.PostSignInAsync("viewer", "wrong-password-" + i)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using var limited = await client.PostSignInAsync("viewer", TestUsers.Viewer.Password);
        limited.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        limited.Headers.RetryAfter.ShouldNotBeNull();
        (await limited.Content.ReadAsStringAsync()).ShouldContain("RelationsGraph.Request.RateLimited");
    }

    [Fact]
    public async Task Queries_TooManyByOneUser_Are429WhileOthersStillRun()
    {
        using var factory = new ExplorerFactory(null, settings: new Dictionary<string, string> { ["Security:QueriesPerMinute"] = "2" });
        using var viewer = await factory.ClientAsync(TestUsers.Viewer);
        using var analyst = await factory.ClientAsync(TestUsers.Analyst);
        for (var i = 0; i < 2; i++)
        {
            (await viewer.PostAsync(new Uri("/api/queries/denied-ties/run", UriKind.Relative), Json("{}"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using var limited = await viewer.PostAsync(new Uri("/api/queries/denied-ties/run", UriKind.Relative), Json("{}"));
        limited.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await limited.Content.ReadAsStringAsync()).ShouldContain("RelationsGraph.Request.RateLimited");
        (await analyst.PostAsync(new Uri("/api/cypher", UriKind.Relative), Json("""{"query":"RETURN 1 AS one"}"""))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("Development", "application/json")]
    [InlineData("Development", "text/html")]
    [InlineData("Production", "application/json")]
    [InlineData("Production", "text/html")]
    public async Task UnexpectedFailure_InEveryEnvironment_AnswersProblemDetailsWithoutStackTraceOrPath(string environment, string accept)
    {
        using var factory = new ExplorerFactory(null, environment, services => services.AddSingleton<IGraphBackend>(new ThrowingBackend()));
        using var client = await factory.ClientAsync(TestUsers.Analyst);
        foreach (var (method, url, body) in new[] { ("GET", "/api/actors/x", null), ("POST", "/api/cypher", """{"query":"RETURN 1"}"""), ("GET", "/api/graph/neighbourhood", null) })
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(url, UriKind.Relative));
            request.Headers.Accept.ParseAdd(accept);
            request.Content = body is null ? null : Json(body);
            using var response = await client.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError, text);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
            text.ShouldNotContain("   at ");
            text.ShouldNotContain("/work/");
            text.ShouldNotContain(".cs:line");
            text.ShouldNotContain("InvalidOperationException");
            text.ShouldNotContain("secret");
        }
    }

    [Fact]
    public async Task MalformedJson_IsA400WithoutInternals()
    {
        using var response = await app.As(TestUsers.Analyst).PostAsync(new Uri("/api/cypher", UriKind.Relative), Json("{\"query\": "));
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, text);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        text.ShouldNotContain("   at ");
        text.ShouldNotContain("/work/");
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    /// <summary>A JSON body of the given number of bytes sent without a length (chunked), as a client streaming it would.</summary>
    private sealed class PushStreamContent : HttpContent
    {
        private readonly int length;
        private readonly string prefix;
        private readonly string suffix;

        public PushStreamContent(int length, string contentType = "application/json", string prefix = "", string suffix = "")
        {
            this.length = length;
            this.prefix = prefix;
            this.suffix = suffix;
            Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
        }

        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            await stream.WriteAsync(Encoding.UTF8.GetBytes(prefix));
            var chunk = Encoding.UTF8.GetBytes(new string(' ', 1000));
            for (var sent = 0; sent < length; sent += chunk.Length)
            {
                await stream.WriteAsync(chunk);
                await stream.FlushAsync();
            }

            await stream.WriteAsync(Encoding.UTF8.GetBytes(suffix));
        }

        protected override bool TryComputeLength(out long computed)
        {
            computed = -1;
            return false;
        }
    }

    private sealed class ThrowingBackend : IGraphBackend
    {
        public string Name => "throwing";

        public Task<QueryResult> RunAsync(QueryRequest request, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("secret internal detail at /work/main/src/Store.cs:line 12");

        public Task<IGraphTransaction> BeginTransactionAsync(AccessMode mode, TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("secret");

        public Task<BackendHealth> CheckHealthAsync(CancellationToken cancellationToken = default) =>
            Task.FromResult(new BackendHealth(Name, true));
    }
}
